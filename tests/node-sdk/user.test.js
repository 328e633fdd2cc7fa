// Descope's official Node SDK against a running descope-emulator: every management.user call the emulator serves,
// each checked through the emulator's control API, and at the end no request carried a key the emulator ignored.
// Run by tests/Descope.UserManagement.Tests/Tool/NodeSdkTests.cs, or by hand:
//   DESCOPE_BASE_URL=http://127.0.0.1:8085 DESCOPE_PROJECT_ID=<id> DESCOPE_MANAGEMENT_KEY=<key> node --test
//
// management.user calls of @descope/node-sdk 2.13.0, offered and served:
//   driven here (all served): create, createTestUser, invite, inviteBatch, createBatch, update, patch, patchBatch,
//     delete, deleteByUserId, deleteBatch, deleteAllTestUsers, load, loadByUserId, loadUsers, logoutUser,
//     logoutUserByUserId, search, searchAll, searchTestUsers, activate, deactivate, updateLoginId, updateEmail,
//     updatePhone, updateDisplayName, updateUserNames, updatePicture, updateCustomAttribute, setRoles, addRoles,
//     removeRoles, addTenant, removeTenant, setTenantRoles, addTenantRoles, removeTenantRoles, addSSOapps, setSSOapps,
//     removeSSOapps, generateOTPForTestUser, generateMagicLinkForTestUser, generateEnchantedLinkForTestUser,
//     generateEmbeddedLink, generateSignUpEmbeddedLink, setTemporaryPassword, setActivePassword, setPassword
//     (deprecated; POST /v1/mgmt/user/password/set), expirePassword, updateRecoveryEmail, updateRecoveryPhone,
//     listPasskeys, removePasskey, removeAllPasskeys, removeTOTPSeed, listTrustedDevices, removeTrustedDevices,
//     getProviderToken, history, getCustomAttributes, createCustomAttributes, deleteCustomAttributes.
//   offered but not served by the emulator: import (POST /v1/mgmt/user/import, a bulk import from another system).
//   served by the emulator but not offered by this SDK: removing recovery codes (POST /v1/mgmt/user/recovery-codes/delete)
//     and the v1 add-roles path, which Descope's .NET SDK calls.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import DescopeClient from '@descope/node-sdk';

const baseUrl = required('DESCOPE_BASE_URL');
const projectId = required('DESCOPE_PROJECT_ID');
const managementKey = required('DESCOPE_MANAGEMENT_KEY');
const users = DescopeClient({ projectId, managementKey, baseUrl }).management.user;

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

// The emulator's control API: same bearer as Descope's API.
async function control(method, path, body) {
  const response = await fetch(`${baseUrl}/emulator/${path}`, {
    method,
    headers: { Authorization: `Bearer ${projectId}:${managementKey}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json();
  assert.equal(response.status, 200, `${method} /emulator/${path} answered ${JSON.stringify(answer)}`);
  return answer;
}

const stored = async (loginIdOrUserId) => (await control('GET', `users/${encodeURIComponent(loginIdOrUserId)}`)).user;

function ok(response, call) {
  assert.ok(response.ok, `${call} failed: ${JSON.stringify(response.error)}`);
  return response.data;
}

const roles = (user, tenantId) => user.userTenants?.find((t) => t.tenantId === tenantId)?.roleNames ?? null;

before(async () => {
  await control('POST', 'reset');
  await control('POST', 'seed', {
    tenants: { T1: 'Acme', T2: 'Globex' },
    users: [{ loginIds: ['seed@example.com'], email: 'seed@example.com', name: 'Seed', roleNames: ['viewer'] }],
  });
});

test('create sends displayName, additionalLoginIds and ssoAppIds, and the user is stored with them', async () => {
  const created = ok(await users.create('ann@example.com', {
    email: 'ann@example.com', verifiedEmail: true, displayName: 'Ann', givenName: 'Ann', familyName: 'Lee',
    roles: ['viewer'], userTenants: [{ tenantId: 'T1', roleNames: ['admin'] }], customAttributes: { plan: 'gold' },
    picture: 'https://example.com/ann.png', additionalLoginIds: ['ann'], ssoAppIds: ['app1'],
  }), 'create');
  const ann = await stored('ann');
  assert.equal(created.userId, ann.userId);
  assert.equal(ann.name, 'Ann');
  assert.deepEqual(ann.loginIds, ['ann@example.com', 'ann']);
  assert.deepEqual(ann.roleNames, ['viewer']);
  assert.deepEqual(roles(ann, 'T1'), ['admin']);
  assert.equal(ann.userTenants[0].tenantName, 'Acme');
  assert.deepEqual(ann.ssoAppIds, ['app1']);
  assert.deepEqual(ann.customAttributes, { plan: 'gold' });
  assert.equal(ann.status, 'invited');
});

test('createTestUser makes a test user', async () => {
  ok(await users.createTestUser('tess@example.com', { email: 'tess@example.com', displayName: 'Tess' }), 'createTestUser');
  const tess = await stored('tess@example.com');
  assert.equal(tess.test, true);
  assert.equal(tess.name, 'Tess');
});

test('load and loadByUserId', async () => {
  const byLogin = ok(await users.load('ANN@example.com'), 'load');
  const byId = ok(await users.loadByUserId(byLogin.userId), 'loadByUserId');
  assert.equal(byLogin.name, 'Ann');
  assert.equal(byId.userId, byLogin.userId);
});

test('update overwrites the user with displayName and additionalLoginIds', async () => {
  ok(await users.update('ann@example.com', {
    email: 'ann@example.com', displayName: 'Ann Lee', roles: ['editor'], additionalLoginIds: ['annie'],
  }), 'update');
  const ann = await stored('ann@example.com');
  assert.equal(ann.name, 'Ann Lee');
  assert.deepEqual(ann.roleNames, ['editor']);
  assert.deepEqual(ann.userTenants, [], 'update clears what it is not given');
  assert.equal(ann.givenName, '');
  assert.deepEqual(ann.loginIds, ['ann@example.com', 'ann', 'annie']);
});

test('patch changes only what it sends, displayName included', async () => {
  ok(await users.patch('ann@example.com', {
    displayName: 'Ann P', givenName: 'Ann', verifiedPhone: false, customAttributes: { plan: 'free' },
    userTenants: [{ tenantId: 'T2', roleNames: ['member'] }], ssoAppIds: ['app2'], additionalIdentifiers: ['ann.p'],
  }), 'patch');
  const ann = await stored('ann@example.com');
  assert.equal(ann.name, 'Ann P');
  assert.equal(ann.givenName, 'Ann');
  assert.deepEqual(ann.roleNames, ['editor'], 'patch keeps what it does not send');
  assert.deepEqual(roles(ann, 'T2'), ['member']);
  assert.deepEqual(ann.ssoAppIds, ['app2']);
  assert.deepEqual(ann.customAttributes, { plan: 'free' });
  assert.ok(ann.loginIds.includes('ann.p'));
});

test('patch sets the status', async () => {
  ok(await users.patch('ann@example.com', { status: 'disabled' }), 'patch status');
  assert.equal((await stored('ann@example.com')).status, 'disabled');
});

test('activate and deactivate', async () => {
  ok(await users.activate('ann@example.com'), 'activate');
  assert.equal((await stored('ann@example.com')).status, 'enabled');
  ok(await users.deactivate('ann@example.com'), 'deactivate');
  assert.equal((await stored('ann@example.com')).status, 'disabled');
  ok(await users.activate('ann@example.com'), 'activate again');
});

test('updateEmail and updatePhone', async () => {
  ok(await users.updateEmail('ann@example.com', 'ann.lee@example.com', true), 'updateEmail');
  ok(await users.updatePhone('ann@example.com', '+12025550123', true, true), 'updatePhone');
  const ann = await stored('ann@example.com');
  assert.equal(ann.email, 'ann.lee@example.com');
  assert.equal(ann.verifiedEmail, true);
  assert.equal(ann.phone, '+12025550123');
  assert.equal(ann.verifiedPhone, true);
});

test('updateDisplayName sends displayName; updateUserNames the parts', async () => {
  ok(await users.updateDisplayName('ann@example.com', 'Ann D', 'Annabel', 'M', 'Dee'), 'updateDisplayName');
  let ann = await stored('ann@example.com');
  assert.deepEqual([ann.name, ann.givenName, ann.middleName, ann.familyName], ['Ann D', 'Annabel', 'M', 'Dee']);
  ok(await users.updateUserNames('ann@example.com', 'Anna', undefined, 'Lee'), 'updateUserNames');
  ann = await stored('ann@example.com');
  assert.deepEqual([ann.name, ann.givenName, ann.middleName, ann.familyName], ['Ann D', 'Anna', 'M', 'Lee']);
});

test('updatePicture', async () => {
  ok(await users.updatePicture('ann@example.com', 'https://example.com/new.png'), 'updatePicture');
  assert.equal((await stored('ann@example.com')).picture, 'https://example.com/new.png');
});

test('updateLoginId replaces one login ID', async () => {
  ok(await users.updateLoginId('annie', 'annie2'), 'updateLoginId');
  const ann = await stored('annie2');
  assert.ok(!ann.loginIds.includes('annie'));
  assert.ok(ann.loginIds.includes('annie2'));
});

test('addRoles, removeRoles and setRoles at project level', async () => {
  ok(await users.addRoles('ann@example.com', ['auditor', 'viewer']), 'addRoles');
  assert.deepEqual((await stored('ann@example.com')).roleNames, ['editor', 'auditor', 'viewer']);
  ok(await users.removeRoles('ann@example.com', ['editor']), 'removeRoles');
  assert.deepEqual((await stored('ann@example.com')).roleNames, ['auditor', 'viewer']);
  ok(await users.setRoles('ann@example.com', ['owner']), 'setRoles');
  assert.deepEqual((await stored('ann@example.com')).roleNames, ['owner']);
});

test('tenant roles: addTenantRoles (v2, joins the tenant), setTenantRoles, removeTenantRoles', async () => {
  ok(await users.addTenantRoles('seed@example.com', 'T1', ['admin']), 'addTenantRoles');
  assert.deepEqual(roles(await stored('seed@example.com'), 'T1'), ['admin']);
  ok(await users.setTenantRoles('seed@example.com', 'T1', ['member', 'billing']), 'setTenantRoles');
  assert.deepEqual(roles(await stored('seed@example.com'), 'T1'), ['member', 'billing']);
  ok(await users.removeTenantRoles('seed@example.com', 'T1', ['member']), 'removeTenantRoles');
  assert.deepEqual(roles(await stored('seed@example.com'), 'T1'), ['billing']);
});

test('addTenant and removeTenant', async () => {
  ok(await users.addTenant('seed@example.com', 'T2'), 'addTenant');
  assert.deepEqual(roles(await stored('seed@example.com'), 'T2'), []);
  ok(await users.removeTenant('seed@example.com', 'T2'), 'removeTenant');
  assert.equal(roles(await stored('seed@example.com'), 'T2'), null);
});

test('search, searchAll and searchTestUsers', async () => {
  const found = ok(await users.search({ emails: ['ann.lee@example.com', 'seed@example.com'], limit: 10, page: 0, sort: [{ field: 'email', desc: true }] }), 'search');
  assert.equal(found.total, 2);
  assert.deepEqual(found.users.map((u) => u.email), ['seed@example.com', 'ann.lee@example.com']);
  const byTenant = ok(await users.search({ tenantIds: ['T1'], roles: ['billing'], statuses: ['enabled'] }), 'search by tenant');
  assert.deepEqual(byTenant.users.map((u) => u.loginIds[0]), ['seed@example.com']);
  const all = ok(await users.searchAll(undefined, undefined, 100, 0), 'searchAll');
  assert.deepEqual(all.map((u) => u.loginIds[0]).sort(), ['ann@example.com', 'seed@example.com'], 'test users only when asked');
  const tests = ok(await users.searchTestUsers({ limit: 5 }), 'searchTestUsers');
  assert.deepEqual(tests.users.map((u) => u.loginIds[0]), ['tess@example.com']);
});

test('loadUsers by user ID', async () => {
  const ids = [(await stored('ann@example.com')).userId, (await stored('seed@example.com')).userId];
  const loaded = ok(await users.loadUsers(ids, true), 'loadUsers');
  assert.deepEqual(loaded.map((u) => u.userId).sort(), [...ids].sort());
});

test('patchBatch sends each user as a patch, displayName included', async () => {
  const result = ok(await users.patchBatch([
    { loginId: 'ann@example.com', displayName: 'Batch Ann' },
    { loginIdOrUserId: 'seed@example.com', phone: '+12025550100', additionalIdentifiers: ['seed2'] },
    { loginId: 'ghost@example.com', displayName: 'Nobody' },
  ]), 'patchBatch');
  assert.equal(result.patchedUsers.length, 2);
  assert.equal(result.failedUsers.length, 1);
  assert.equal((await stored('ann@example.com')).name, 'Batch Ann');
  assert.ok((await stored('seed2')).loginIds.includes('seed@example.com'));
});

test('invite sends the invitation with its link, template and locale', async () => {
  ok(await users.invite('ivy@example.com', {
    email: 'ivy@example.com', displayName: 'Ivy', inviteUrl: 'https://app.example.com/invite', sendMail: true, sendSMS: false,
    templateId: 'welcome', templateOptions: { team: 'blue' }, locale: 'fr',
  }), 'invite');
  const ivy = await stored('ivy@example.com');
  assert.equal(ivy.status, 'invited');
  assert.equal(ivy.name, 'Ivy');
  const { invitations } = await control('GET', 'invitations');
  const sent = invitations.filter((i) => i.loginId === 'ivy@example.com');
  assert.equal(sent.length, 1);
  assert.equal(sent[0].userId, ivy.userId);
  assert.equal(sent[0].email, 'ivy@example.com');
  assert.equal(sent[0].phone, undefined, 'not sent by SMS');
  assert.equal(sent[0].inviteUrl, 'https://app.example.com/invite');
  assert.equal(sent[0].templateId, 'welcome');
  assert.deepEqual(sent[0].templateOptions, { team: 'blue' });
  assert.equal(sent[0].locale, 'fr');
});

test('inviteBatch invites each user by the channels asked for', async () => {
  const result = ok(await users.inviteBatch([
    { loginIdOrUserId: 'ben@example.com', email: 'ben@example.com', phone: '+12025550110', displayName: 'Ben', roles: ['viewer'] },
    { loginId: 'cy@example.com', email: 'cy@example.com', phone: '+12025550111', additionalLoginIds: ['cy'] },
  ], 'https://app.example.com/join', true, true), 'inviteBatch');
  assert.deepEqual(result.createdUsers.map((u) => u.loginIds[0]).sort(), ['ben@example.com', 'cy@example.com']);
  assert.deepEqual(result.failedUsers, []);
  assert.deepEqual((await stored('ben@example.com')).roleNames, ['viewer']);
  assert.ok((await stored('cy')).loginIds.includes('cy@example.com'));
  const { invitations } = await control('GET', 'invitations');
  const cy = invitations.find((i) => i.loginId === 'cy@example.com');
  assert.equal(cy.email, 'cy@example.com');
  assert.equal(cy.phone, '+12025550111');
  assert.equal(cy.inviteUrl, 'https://app.example.com/join');
  assert.ok(invitations.some((i) => i.loginId === 'ben@example.com'));
});

test('createBatch creates each user, with a password, and reports the one that failed', async () => {
  const result = ok(await users.createBatch([
    { loginId: 'dan@example.com', email: 'dan@example.com', displayName: 'Dan', password: 'Dan-Passw0rd!', verifiedEmail: true },
    { loginId: 'ann@example.com', email: 'other@example.com' },
  ]), 'createBatch');
  assert.deepEqual(result.createdUsers.map((u) => u.loginIds[0]), ['dan@example.com']);
  assert.equal(result.failedUsers.length, 1);
  assert.equal(result.failedUsers[0].user.loginIds[0], 'ann@example.com');
  assert.equal((await stored('dan@example.com')).name, 'Dan');
  assert.equal((await control('GET', 'passwords/dan@example.com')).state, 'active');
  const { invitations } = await control('GET', 'invitations');
  assert.ok(!invitations.some((i) => i.loginId === 'dan@example.com'), 'createBatch invites nobody');
});

test('setTemporaryPassword, setActivePassword, setPassword and expirePassword change the password state', async () => {
  assert.equal((await control('GET', 'passwords/ann@example.com')).state, 'none');
  ok(await users.setTemporaryPassword('ann@example.com', 'Temp-Passw0rd!'), 'setTemporaryPassword');
  assert.equal((await control('GET', 'passwords/ann@example.com')).state, 'temporary');
  ok(await users.setActivePassword('ann@example.com', 'Active-Passw0rd!'), 'setActivePassword');
  const state = await control('GET', 'passwords/ann@example.com');
  assert.equal(state.state, 'active');
  assert.ok(!JSON.stringify(state).includes('Active-Passw0rd!'), 'the control API shows the state only');
  ok(await users.expirePassword('ann@example.com'), 'expirePassword');
  assert.equal((await control('GET', 'passwords/ann@example.com')).state, 'expired');
  ok(await users.setPassword('seed@example.com', 'Seed-Passw0rd!'), 'setPassword');
  assert.equal((await control('GET', 'passwords/seed@example.com')).state, 'temporary');
});

test('updateCustomAttribute sets one attribute', async () => {
  ok(await users.updateCustomAttribute('ann@example.com', 'plan', 'gold'), 'updateCustomAttribute');
  ok(await users.updateCustomAttribute('ann@example.com', 'seats', 5), 'updateCustomAttribute number');
  assert.deepEqual((await stored('ann@example.com')).customAttributes, { plan: 'gold', seats: 5 });
});

test('updateRecoveryEmail and updateRecoveryPhone', async () => {
  ok(await users.updateRecoveryEmail('ann@example.com', 'ann.backup@example.com', true), 'updateRecoveryEmail');
  ok(await users.updateRecoveryPhone('ann@example.com', '+12025550199'), 'updateRecoveryPhone');
  const recovery = await control('GET', 'recovery/ann@example.com');
  assert.equal(recovery.email, 'ann.backup@example.com');
  assert.equal(recovery.emailVerified, true);
  assert.equal(recovery.phone, '+12025550199');
  assert.equal(recovery.phoneVerified, false);
});

test('addSSOapps, setSSOapps and removeSSOapps', async () => {
  ok(await users.addSSOapps('ann@example.com', ['app3']), 'addSSOapps');
  assert.deepEqual((await stored('ann@example.com')).ssoAppIds, ['app2', 'app3']);
  ok(await users.setSSOapps('ann@example.com', ['app4', 'app5']), 'setSSOapps');
  assert.deepEqual((await stored('ann@example.com')).ssoAppIds, ['app4', 'app5']);
  ok(await users.removeSSOapps('ann@example.com', ['app4']), 'removeSSOapps');
  assert.deepEqual((await stored('ann@example.com')).ssoAppIds, ['app5']);
});

test('logoutUser and logoutUserByUserId', async () => {
  const ann = await stored('ann@example.com');
  const seed = await stored('seed@example.com');
  ok(await users.logoutUser('ann@example.com'), 'logoutUser');
  ok(await users.logoutUserByUserId(seed.userId), 'logoutUserByUserId');
  const { logouts } = await control('GET', 'logouts');
  assert.deepEqual(logouts.map((l) => l.userId), [ann.userId, seed.userId]);
});

test('test-user codes and links: the answer matches what the control API hands a test to sign in with', async () => {
  const otp = ok(await users.generateOTPForTestUser('email', 'tess@example.com'), 'generateOTPForTestUser');
  const magic = ok(await users.generateMagicLinkForTestUser('sms', 'tess@example.com', 'https://app.example.com/verify'), 'generateMagicLinkForTestUser');
  const enchanted = ok(await users.generateEnchantedLinkForTestUser('tess@example.com', 'https://app.example.com/enchanted'), 'generateEnchantedLinkForTestUser');
  const { secrets } = await control('GET', 'secrets/tess@example.com');
  assert.deepEqual(secrets.map((s) => s.kind), ['otp', 'magicLink', 'enchantedLink']);
  const [code, link, enchantedLink] = secrets;
  assert.equal(code.token, otp.code);
  assert.equal(code.deliveryMethod, 'email');
  assert.equal(link.value, magic.link);
  assert.equal(link.deliveryMethod, 'sms');
  assert.equal(link.redirectUrl, 'https://app.example.com/verify');
  assert.ok(magic.link.startsWith('https://app.example.com/verify?'));
  assert.equal(new URL(magic.link).searchParams.get('t'), link.token);
  assert.equal(enchantedLink.value, enchanted.link);
  assert.equal(enchantedLink.pendingRef, enchanted.pendingRef);
  const refused = await users.generateOTPForTestUser('email', 'ann@example.com');
  assert.equal(refused.ok, false, 'codes are for test users only');
});

test('generateEmbeddedLink and generateSignUpEmbeddedLink', async () => {
  const signIn = ok(await users.generateEmbeddedLink('ann@example.com', { plan: 'gold' }, 120), 'generateEmbeddedLink');
  const signUp = ok(await users.generateSignUpEmbeddedLink('newbie@example.com', { name: 'Newbie', email: 'newbie@example.com' }, true, false, undefined, 60), 'generateSignUpEmbeddedLink');
  const ann = await control('GET', 'secrets/ann@example.com');
  assert.deepEqual(ann.secrets.map((s) => [s.kind, s.token, s.customClaims]), [['embeddedLink', signIn.token, { plan: 'gold' }]]);
  const newbie = await control('GET', 'secrets/newbie@example.com');
  assert.deepEqual(newbie.secrets.map((s) => [s.kind, s.token, s.userId]), [['signUpEmbeddedLink', signUp.token, undefined]]);
  assert.deepEqual(newbie.secrets[0].signUpUser, {
    loginId: 'newbie@example.com', name: 'Newbie', email: 'newbie@example.com', emailVerified: true, phoneVerified: false,
  });
  const { secrets } = await control('GET', 'secrets');
  assert.equal(secrets.length, 5);
});

test('passkeys: listPasskeys, removePasskey, removeAllPasskeys', async () => {
  await control('POST', 'authenticators/ann@example.com', { passkeys: [{ id: 'cred-1', displayName: 'Laptop' }, { id: 'cred-2', displayName: 'Phone' }] });
  const listed = ok(await users.listPasskeys('ann@example.com'), 'listPasskeys');
  assert.deepEqual(listed.map((p) => p.id), ['cred-1', 'cred-2']);
  assert.equal((await stored('ann@example.com')).webauthn, true);
  ok(await users.removePasskey('ann@example.com', 'cred-1'), 'removePasskey');
  assert.deepEqual((await control('GET', 'authenticators/ann@example.com')).passkeys.map((p) => p.id), ['cred-2']);
  ok(await users.removeAllPasskeys('ann@example.com'), 'removeAllPasskeys');
  assert.deepEqual((await control('GET', 'authenticators/ann@example.com')).passkeys, []);
  assert.equal((await stored('ann@example.com')).webauthn, false);
});

test('removeTOTPSeed', async () => {
  await control('POST', 'authenticators/ann@example.com', { totp: true });
  assert.equal((await stored('ann@example.com')).TOTP, true);
  ok(await users.removeTOTPSeed('ann@example.com'), 'removeTOTPSeed');
  assert.equal((await control('GET', 'authenticators/ann@example.com')).totp, false);
});

test('listTrustedDevices and removeTrustedDevices', async () => {
  await control('POST', 'authenticators/ann@example.com', { trustedDevices: [{ id: 'dev-1', name: 'Mac' }, { id: 'dev-2', name: 'Pixel' }] });
  await control('POST', 'authenticators/seed@example.com', { trustedDevices: [{ id: 'dev-3' }] });
  const seed = await stored('seed@example.com');
  const listed = ok(await users.listTrustedDevices(['ann@example.com', seed.userId]), 'listTrustedDevices');
  assert.deepEqual(listed.map((d) => d.id), ['dev-1', 'dev-2', 'dev-3']);
  ok(await users.removeTrustedDevices('ann@example.com', ['dev-1']), 'removeTrustedDevices');
  assert.deepEqual((await control('GET', 'authenticators/ann@example.com')).trustedDevices.map((d) => d.id), ['dev-2']);
});

test('getProviderToken', async () => {
  await control('POST', 'authenticators/ann@example.com', {
    providerTokens: [{ provider: 'google', providerUserId: 'g-1', accessToken: 'access-1', refreshToken: 'refresh-1', scopes: ['email'] }],
  });
  assert.deepEqual((await control('GET', 'authenticators/ann@example.com')).providers, ['google']);
  const token = ok(await users.getProviderToken('ann@example.com', 'google', { withRefreshToken: true }), 'getProviderToken');
  assert.equal(token.accessToken, 'access-1');
  assert.equal(token.refreshToken, 'refresh-1');
  assert.deepEqual(token.scopes, ['email']);
  const refreshed = ok(await users.getProviderToken('ann@example.com', 'google', { forceRefresh: true }), 'getProviderToken refreshed');
  assert.notEqual(refreshed.accessToken, 'access-1');
  assert.equal(refreshed.refreshToken, undefined);
});

test('history', async () => {
  await control('POST', 'authenticators/ann@example.com', { logins: [{ city: 'Paris', country: 'FR', ip: '192.0.2.1' }] });
  const { userId } = await stored('ann@example.com');
  const history = ok(await users.history([userId]), 'history');
  assert.equal(history.length, 1);
  assert.equal(history[0].userId, userId);
  assert.equal(history[0].city, 'Paris');
});

test('getCustomAttributes, createCustomAttributes and deleteCustomAttributes', async () => {
  assert.deepEqual(ok(await users.getCustomAttributes(), 'getCustomAttributes'), []);
  const created = ok(await users.createCustomAttributes([
    { name: 'plan', displayName: 'Plan', type: 1, options: [{ value: 'free', label: 'Free' }, { value: 'gold', label: 'Gold' }] },
    { name: 'seats', type: 2, defaultValue: 1 },
    { name: 'team', type: 1, viewPermissions: ['read'], editPermissions: ['write'] },
  ]), 'createCustomAttributes');
  assert.deepEqual(created.map((a) => a.name), ['plan', 'seats', 'team']);
  const left = ok(await users.deleteCustomAttributes(['team']), 'deleteCustomAttributes');
  assert.deepEqual(left.map((a) => a.name), ['plan', 'seats']);
  const { data } = await control('GET', 'attributes');
  assert.deepEqual(data.map((a) => a.name), ['plan', 'seats']);
  assert.deepEqual(data[0].options, [{ value: 'free', label: 'Free' }, { value: 'gold', label: 'Gold' }]);
  assert.equal(data[1].defaultValue, 1);
  const refused = await users.updateCustomAttribute('ann@example.com', 'team', 'red');
  assert.equal(refused.ok, false, 'a deleted definition is no longer a key a user may hold');
});

test('deleteBatch and deleteAllTestUsers', async () => {
  const ids = [(await stored('ben@example.com')).userId, (await stored('cy@example.com')).userId];
  ok(await users.deleteBatch(ids), 'deleteBatch');
  const { users: afterBatch } = await control('GET', 'users');
  assert.ok(!afterBatch.some((u) => ids.includes(u.userId)));
  ok(await users.deleteAllTestUsers(), 'deleteAllTestUsers');
  const { users: afterTests } = await control('GET', 'users');
  assert.ok(!afterTests.some((u) => u.test));
  assert.ok(afterTests.some((u) => u.loginIds.includes('seed@example.com')));
});

test('delete and deleteByUserId', async () => {
  ok(await users.delete('ivy@example.com'), 'delete');
  const { userId } = await stored('ann@example.com');
  ok(await users.deleteByUserId(userId), 'deleteByUserId');
  const { users: left } = await control('GET', 'users');
  assert.deepEqual(left.map((u) => u.loginIds[0]), ['seed@example.com', 'dan@example.com']);
});

test('no request the Node SDK sent carried a key the emulator did not use', async () => {
  const { requests } = await control('GET', 'journal');
  const ignored = requests.filter((r) => r.unusedKeys.length > 0).map((r) => `${r.method} ${r.path}: ${r.unusedKeys.join(', ')}`);
  assert.deepEqual(ignored, []);
  const paths = new Set(requests.map((r) => r.path));
  const missing = [
    '/v1/mgmt/user/create', '/v1/mgmt/user/create/test', '/v1/mgmt/user/create/batch', '/v1/mgmt/user/update', '/v1/mgmt/user/patch',
    '/v1/mgmt/user/patch/batch', '/v1/mgmt/user/delete', '/v1/mgmt/user/delete/batch', '/v1/mgmt/user/test/delete/all', '/v1/mgmt/user',
    '/v1/mgmt/users/load', '/v1/mgmt/user/logout', '/v2/mgmt/user/search', '/v2/mgmt/user/search/test', '/v1/mgmt/user/update/status',
    '/v1/mgmt/user/update/loginid', '/v1/mgmt/user/update/email', '/v1/mgmt/user/update/phone', '/v1/mgmt/user/update/name',
    '/v1/mgmt/user/update/picture', '/v1/mgmt/user/update/customAttribute', '/v1/mgmt/user/update/role/set', '/v2/mgmt/user/update/role/add',
    '/v1/mgmt/user/update/role/remove', '/v1/mgmt/user/update/tenant/add', '/v1/mgmt/user/update/tenant/remove',
    '/v1/mgmt/user/update/ssoapp/add', '/v1/mgmt/user/update/ssoapp/set', '/v1/mgmt/user/update/ssoapp/remove',
    '/v1/mgmt/tests/generate/otp', '/v1/mgmt/tests/generate/magiclink', '/v1/mgmt/tests/generate/enchantedlink',
    '/v1/mgmt/user/signin/embeddedlink', '/v1/mgmt/user/signup/embeddedlink', '/v1/mgmt/user/password/set',
    '/v1/mgmt/user/password/set/temporary', '/v1/mgmt/user/password/set/active', '/v1/mgmt/user/password/expire',
    '/v1/mgmt/user/update/recovery/email', '/v1/mgmt/user/update/recovery/phone', '/v1/mgmt/user/passkeys/list',
    '/v1/mgmt/user/passkey/delete', '/v1/mgmt/user/passkeys/delete', '/v1/mgmt/user/totp/delete', '/v1/mgmt/user/trusteddevices/list',
    '/v1/mgmt/user/trusteddevices/remove', '/v1/mgmt/user/provider/token', '/v1/mgmt/user/history', '/v1/mgmt/user/customattributes',
    '/v1/mgmt/user/customattribute/create', '/v1/mgmt/user/customattribute/delete',
  ].filter((path) => !paths.has(path));
  assert.deepEqual(missing, [], 'every path of the calls above reached the emulator');
});

// Descope's official Node SDK against a running descope-emulator: every management.user call the emulator serves,
// each checked through the emulator's control API, and at the end no request carried a key the emulator ignored.
// Run by tests/Descope.UserManagement.Tests/Tool/NodeSdkTests.cs, or by hand:
//   DESCOPE_BASE_URL=http://127.0.0.1:8085 DESCOPE_PROJECT_ID=<id> DESCOPE_MANAGEMENT_KEY=<key> node --test
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

test('delete and deleteByUserId', async () => {
  ok(await users.delete('tess@example.com'), 'delete');
  const { userId } = await stored('ann@example.com');
  ok(await users.deleteByUserId(userId), 'deleteByUserId');
  const { users: left } = await control('GET', 'users');
  assert.deepEqual(left.map((u) => u.loginIds[0]), ['seed@example.com']);
});

test('no request the Node SDK sent carried a key the emulator did not use', async () => {
  const { requests } = await control('GET', 'journal');
  const ignored = requests.filter((r) => r.unusedKeys.length > 0).map((r) => `${r.method} ${r.path}: ${r.unusedKeys.join(', ')}`);
  assert.deepEqual(ignored, []);
  assert.ok(requests.length >= 30, `the journal holds the SDK's requests (${requests.length})`);
});

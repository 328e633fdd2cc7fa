using System.Reflection;
using System.Text;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Packaging;

/// <summary>
/// The public surface of each package, listed in <c>api/</c>. A change to the surface fails here until the listing
/// is updated in the same commit, so every change to what users compile against is a visible, reviewed decision.
/// <c>bash api/update.sh</c> rewrites the listings from the build (after a merge, say); review its diff.
/// </summary>
/// <remarks>
/// <para>
/// The same file runs in tests/Descope.UserManagement.Tests (the net10.0 build) and in
/// tests/Descope.UserManagement.Tests.NetStandard (the netstandard2.0 build), against the same listing, so the two
/// builds must expose the same surface. The Testing package is checked where it is an assembly of its own.
/// </para>
/// <para>
/// Why not Microsoft.CodeAnalysis.PublicApiAnalyzers (5.6.0, tried on this library): it checks every target framework
/// at build time, but records less than this listing. A type is one bare name: its kind (sealed, static, abstract),
/// its base type and its interfaces are not recorded, so unsealing or sealing <c>DescopeUserClient</c> (mocks subclass
/// it), or moving <c>DescopeRateLimitException</c> off <c>DescopeApiException</c> (callers catch the base), would
/// pass it unnoticed. Both record members, signatures, <c>init</c> accessors, constants and default values; the
/// analyzer also records nullable annotations, which this listing does not.
/// </para>
/// </remarks>
public sealed class PublicApiTests
{
    public static TheoryData<string> Assemblies()
    {
        var data = new TheoryData<string> { "Descope.UserManagement" };
        if (typeof(DescopeEmulator).Assembly != typeof(PublicApiTests).Assembly)
        {
            data.Add("Descope.UserManagement.Testing");

            // The optional Redis package targets net8.0 and net10.0 only; the netstandard2.0 suite does not reference it.
            data.Add("Descope.UserManagement.Redis");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void The_public_surface_matches_its_listing(string assemblyName)
    {
        var assembly = assemblyName switch
        {
            "Descope.UserManagement" => typeof(DescopeUserClient).Assembly,
            "Descope.UserManagement.Testing" => typeof(DescopeEmulator).Assembly,
            _ => Assembly.Load(assemblyName),
        };
        var listing = Path.Combine(RepositoryPaths.Root, "api", assemblyName + ".txt");
        var actual = Describe(assembly);

        var received = Path.Combine(RepositoryPaths.Root, "artifacts", "api", TargetFrameworkOf(assembly), assemblyName + ".received.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, actual);

        File.Exists(listing).Should().BeTrue("api/{0}.txt lists the public surface", assemblyName);
        File.ReadAllText(listing).ReplaceLineEndings("\n").Should().Be(actual,
            "the public surface changed: review {0} and copy it over api/{1}.txt if the change is intended", received, assemblyName);
    }

    // "netstandard2.0" or "net10.0": where the received listing of that build is written.
    private static string TargetFrameworkOf(Assembly assembly) =>
        assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()?.FrameworkName switch
        {
            ".NETStandard,Version=v2.0" => "netstandard2.0",
            { } name when name.StartsWith(".NETCoreApp,Version=v", StringComparison.Ordinal) => "net" + name[".NETCoreApp,Version=v".Length..],
            _ => "unknown",
        };

    private static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add(TypeLine(type));
            const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(Declared)
                .Where(IsVisible)
                .Where(m => m is not MethodInfo { IsSpecialName: true } || m.Name.StartsWith("op_", StringComparison.Ordinal))
                .Where(m => !m.Name.Contains('<', StringComparison.Ordinal) && m.Name != "EqualityContract")
                .Select(MemberLine)
                .OrderBy(l => l, StringComparer.Ordinal);
            lines.AddRange(members.Select(m => "  " + m));
        }

        return string.Join("\n", lines) + "\n";
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily,
        _ => false,
    };

    private static string TypeLine(Type type)
    {
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class" : type.IsSealed ? "sealed class" : "class";
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(Enum) && baseType != typeof(ValueType))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic).Select(Name).Order(StringComparer.Ordinal));
        return $"{kind} {Name(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "");
    }

    private static string MemberLine(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"{Access(c)}ctor({Parameters(c)})",
        MethodInfo m => $"{Access(m)}{(m.IsStatic ? "static " : "")}{(m.IsAbstract ? "abstract " : m.IsVirtual && !m.IsFinal ? "virtual " : "")}{Name(m.ReturnType)} {m.Name}({Parameters(m)})",
        PropertyInfo p => $"{Name(p.PropertyType)} {p.Name} {{ {string.Join(" ", p.GetAccessors(nonPublic: true).Where(a => a.IsPublic || a.IsFamily).Select(Accessor).Order(StringComparer.Ordinal))} }}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}{(f.IsLiteral ? " = " + f.GetRawConstantValue() : "")}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type t => $"nested {Name(t)}",
        _ => member.ToString()!,
    };

    private static string Accessor(MethodInfo accessor)
    {
        var access = accessor.IsFamily ? "protected " : "";
        if (accessor.Name.StartsWith("get_", StringComparison.Ordinal))
        {
            return access + "get;";
        }

        var initOnly = accessor.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");
        return access + (initOnly ? "init;" : "set;");
    }

    private static string Access(MethodBase method) => method.IsFamily ? "protected " : "";

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}"));

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            var prefix = type.IsNested ? Name(type.DeclaringType!) + "." : type.Namespace + ".";
            return prefix + name + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        return type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.FullName ?? type.Name;
    }
}

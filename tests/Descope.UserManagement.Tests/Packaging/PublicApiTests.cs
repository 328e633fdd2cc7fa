using System.Reflection;
using System.Text;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Packaging;

/// <summary>
/// The public surface of each package, listed in <c>api/</c>. A change to the surface fails here until the listing
/// is updated in the same commit, so every change to what users compile against is a visible, reviewed decision.
/// </summary>
public sealed class PublicApiTests
{
    [Theory]
    [InlineData("Descope.UserManagement")]
    [InlineData("Descope.UserManagement.Testing")]
    public void The_public_surface_matches_its_listing(string assemblyName)
    {
        var assembly = assemblyName == "Descope.UserManagement" ? typeof(DescopeUserClient).Assembly : typeof(DescopeEmulator).Assembly;
        var listing = Path.Combine(RepositoryPaths.Root, "api", assemblyName + ".txt");
        var actual = Describe(assembly);

        var received = Path.Combine(RepositoryPaths.Root, "artifacts", "api", assemblyName + ".received.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, actual);

        File.Exists(listing).Should().BeTrue("api/{0}.txt lists the public surface", assemblyName);
        File.ReadAllText(listing).ReplaceLineEndings("\n").Should().Be(actual,
            "the public surface changed: review {0} and copy it over api/{1}.txt if the change is intended", received, assemblyName);
    }

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

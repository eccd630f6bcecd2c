using System.Reflection;
using System.Text;
using Framing.Tests.Support;

namespace Framing.Tests.Api;

/// <summary>
/// The package's public API, written out as one line per type and member, must equal the reviewed
/// <c>PublicApi.approved.txt</c>. A change to the API fails this test until the approved file is updated
/// on purpose (copy the <c>.received.txt</c> written beside it), so no public surface changes by accident.
/// </summary>
public class PublicApiTests
{
    [Test]
    public void PublicApiMatchesTheApprovedList()
    {
        var approvedPath = Repo.Path_("tests", "Framing.Tests", "Api", "PublicApi.approved.txt");
        var actual = Describe(typeof(FramingAnalyzer).Assembly);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        var receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", "") + ".received.txt";
        if (actual != approved) File.WriteAllText(receivedPath, actual);
        else if (File.Exists(receivedPath)) File.Delete(receivedPath);
        var added = actual.Split('\n').Except(approved.Split('\n')).Take(20);
        var removed = approved.Split('\n').Except(actual.Split('\n')).Take(20);
        Assert.That(actual, Is.EqualTo(approved),
            $"the public API changed; review {receivedPath} and copy it over the approved file if the change is intended.\nadded:\n  {string.Join("\n  ", added)}\nremoved:\n  {string.Join("\n  ", removed)}");
    }

    [Test]
    public void NoInternalNamespaceIsPublic()
    {
        var leaked = typeof(FramingAnalyzer).Assembly.GetExportedTypes().Where(t => t.Namespace?.Contains("Internal", StringComparison.Ordinal) == true);
        Assert.That(leaked.Select(t => t.FullName), Is.Empty);
    }

    internal static string Describe(Assembly assembly)
    {
        var sb = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(Kind(type)).Append(' ').Append(Name(type, full: true));
            if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum)) sb.Append(" : ").Append(Name(b, full: true));
            sb.Append('\n');
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var lines = new List<string>();
            if (type.IsEnum)
            {
                lines.AddRange(Enum.GetNames(type).Select(n => $"  {n} = {Convert.ToInt64(Enum.Parse(type, n))}"));
            }
            else
            {
                foreach (var c in type.GetConstructors(flags)) lines.Add($"  ctor({Params(c)})");
                foreach (var p in type.GetProperties(flags))
                {
                    var set = p.SetMethod is { IsPublic: true } s
                        ? s.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? " init;" : " set;" : "";
                    lines.Add($"  {(IsStatic(p) ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{{(p.GetMethod is { IsPublic: true } ? " get;" : "")}{set} }}");
                }
                foreach (var f in type.GetFields(flags)) lines.Add($"  {(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}");
                foreach (var e in type.GetEvents(flags)) lines.Add($"  event {Name(e.EventHandlerType!)} {e.Name}");
                foreach (var m in type.GetMethods(flags).Where(m => !m.IsSpecialName))
                {
                    if (m.Name is "<Clone>$" or "PrintMembers" or "EqualityContract") continue;
                    var generic = m.IsGenericMethod ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";
                    lines.Add($"  {(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}{generic}({Params(m)})");
                }
            }
            foreach (var l in lines.Order(StringComparer.Ordinal)) sb.Append(l).Append('\n');
        }
        return sb.ToString();
    }

    private static bool IsStatic(PropertyInfo p) => (p.GetMethod ?? p.SetMethod)?.IsStatic == true;

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? (t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is null ? "struct" : "record struct")
        : t.GetMethod("<Clone>$") is not null ? (t.IsSealed ? "sealed record" : "record")
        : t.IsAbstract && t.IsSealed ? "static class" : t.IsAbstract ? "abstract class" : t.IsSealed ? "sealed class" : "class";

    private static string Params(MethodBase m) =>
        string.Join(", ", m.GetParameters().Select(p => $"{(p.ParameterType.IsByRef ? (p.IsOut ? "out " : "ref ") : "")}{Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}"));

    private static string Name(Type t, bool full = false)
    {
        if (Nullable.GetUnderlyingType(t) is { } u) return Name(u) + "?";
        if (t.IsArray) return Name(t.GetElementType()!) + "[]";
        var name = full ? t.FullName ?? t.Name : t.Name;
        if (!t.IsGenericType) return name;
        name = name[..name.IndexOf('`')];
        return name + "<" + string.Join(", ", t.GetGenericArguments().Select(a => Name(a))) + ">";
    }
}

using System.Reflection;
using System.Text;

namespace JourneyKit.ApiApproval.Tests;

/// <summary>
/// Writes the public surface of an assembly as C#-like text, deterministic and without attributes, in the spirit
/// of PublicApiGenerator (which this registry lacks; swapping it in changes only <see cref="Generate"/>'s body).
/// </summary>
public static class PublicApiDump
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Generate(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var text = new StringBuilder();
        var types = assembly.GetExportedTypes().Where(t => !t.IsNested).OrderBy(t => t.Namespace, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal);
        foreach (var group in types.GroupBy(t => t.Namespace ?? ""))
        {
            text.Append("namespace ").Append(group.Key).Append('\n').Append("{\n");
            foreach (var type in group)
            {
                WriteType(text, type, 1);
            }

            text.Append("}\n");
        }

        return text.ToString();
    }

    private static void WriteType(StringBuilder text, Type type, int depth)
    {
        var indent = new string(' ', depth * 4);
        text.Append(indent).Append(Declaration(type)).Append('\n').Append(indent).Append("{\n");
        var inner = new string(' ', (depth + 1) * 4);
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)))
            {
                text.Append(inner).Append(field.Name).Append(" = ").Append(Convert.ToString(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)).Append(",\n");
            }
        }
        else
        {
            foreach (var member in Members(type).OrderBy(m => m.Order).ThenBy(m => m.Text, StringComparer.Ordinal))
            {
                text.Append(inner).Append(member.Text).Append('\n');
            }

            foreach (var nested in type.GetNestedTypes(BindingFlags.Public).OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                WriteType(text, nested, depth + 1);
            }
        }

        text.Append(indent).Append("}\n");
    }

    private static string Declaration(Type type)
    {
        var name = TypeName(type, declaration: true);
        if (type.IsEnum)
        {
            return $"public enum {name}";
        }

        if (type.IsInterface)
        {
            return $"public interface {name}{Bases(type)}";
        }

        if (type.IsValueType)
        {
            var isReadOnly = type.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute");
            return $"public {(isReadOnly ? "readonly " : "")}struct {name}{Bases(type)}";
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            return $"public delegate {name}";
        }

        var modifiers = type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : "";
        return $"public {modifiers}class {name}{Bases(type)}";
    }

    private static string Bases(Type type)
    {
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(TypeName(baseType));
        }

        var inherited = type.BaseType?.GetInterfaces() ?? [];
        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Where(i => !inherited.Contains(i)).Select(i => TypeName(i)).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }

    private readonly record struct Member(int Order, string Text);

    private static IEnumerable<Member> Members(Type type)
    {
        var nullability = new NullabilityInfoContext();
        foreach (var field in type.GetFields(Declared).Where(f => f.IsPublic || f.IsFamily))
        {
            var modifier = field.IsLiteral ? "const " : field.IsStatic ? (field.IsInitOnly ? "static readonly " : "static ") : field.IsInitOnly ? "readonly " : "";
            var value = field.IsLiteral ? $" = {Literal(field.GetRawConstantValue())}" : "";
            yield return new(0, $"{Access(field.IsPublic)} {modifier}{TypeName(field.FieldType, nullability.Create(field))} {field.Name}{value};");
        }

        foreach (var constructor in type.GetConstructors(Declared).Where(c => c.IsPublic || c.IsFamily))
        {
            yield return new(1, $"{Access(constructor.IsPublic)} {TypeName(type, declaration: true).Split('<')[0]}({Parameters(constructor, nullability)}) {{ }}");
        }

        foreach (var property in type.GetProperties(Declared))
        {
            var getter = property.GetMethod is { } g && (g.IsPublic || g.IsFamily) ? g : null;
            var setter = property.SetMethod is { } s && (s.IsPublic || s.IsFamily) ? s : null;
            if ((getter ?? setter) is not { } accessor || IsCompilerGenerated(property.Name))
            {
                continue;
            }

            var isInit = setter?.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") == true;
            var accessors = (getter is null ? "" : "get; ") + (setter is null ? "" : isInit ? "init; " : "set; ");
            var indexParameters = property.GetIndexParameters();
            var name = indexParameters.Length == 0 ? property.Name : $"this[{string.Join(", ", indexParameters.Select(p => $"{TypeName(p.ParameterType, nullability.Create(p))} {p.Name}"))}]";
            yield return new(2, $"{Access(accessor.IsPublic)} {Modifiers(accessor)}{TypeName(property.PropertyType, nullability.Create(property))} {name} {{ {accessors}}}");
        }

        foreach (var e in type.GetEvents(Declared).Where(e => e.AddMethod is { } a && (a.IsPublic || a.IsFamily)))
        {
            yield return new(3, $"public event {TypeName(e.EventHandlerType!)} {e.Name};");
        }

        foreach (var method in type.GetMethods(Declared).Where(m => m.IsPublic || m.IsFamily))
        {
            if ((method.IsSpecialName && !method.Name.StartsWith("op_", StringComparison.Ordinal)) || IsCompilerGenerated(method.Name))
            {
                continue;
            }

            var generic = method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : "";
            var constraints = method.IsGenericMethodDefinition ? Constraints(method.GetGenericArguments()) : "";
            yield return new(4, $"{Access(method.IsPublic)} {Modifiers(method)}{TypeName(method.ReturnType, nullability.Create(method.ReturnParameter))} {method.Name}{generic}({Parameters(method, nullability)}){constraints} {{ }}");
        }
    }

    private static bool IsCompilerGenerated(string name) => name.Contains('<', StringComparison.Ordinal) || name == "EqualityContract";

    private static string Access(bool isPublic) => isPublic ? "public" : "protected";

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return "static ";
        }

        if (method.DeclaringType!.IsInterface)
        {
            return "";
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        if (method.IsVirtual && !method.IsFinal)
        {
            return method.GetBaseDefinition() == method ? "virtual " : "override ";
        }

        if (method.IsVirtual && method.GetBaseDefinition() != method)
        {
            return "override ";
        }

        return "";
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability) =>
        string.Join(", ", method.GetParameters().Select(p =>
        {
            var prefix = p.GetCustomAttributes().Any(a => a.GetType().Name is "ParamArrayAttribute" or "ParamCollectionAttribute") ? "params " : "";
            var type = p.ParameterType;
            if (type.IsByRef)
            {
                prefix += p.IsOut ? "out " : p.IsIn ? "in " : "ref ";
                type = type.GetElementType()!;
            }

            var value = p.HasDefaultValue ? $" = {Literal(p.DefaultValue)}" : "";
            return $"{prefix}{TypeName(type, p.ParameterType.IsByRef ? null : nullability.Create(p))} {p.Name}{value}";
        }));

    private static string Constraints(Type[] arguments) => string.Concat(arguments.Select(a =>
    {
        var constraints = new List<string>();
        var attributes = a.GenericParameterAttributes;
        if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
        {
            constraints.Add("struct");
        }
        else if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
        {
            constraints.Add("class");
        }

        constraints.AddRange(a.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(c => TypeName(c)));
        return constraints.Count == 0 ? "" : $" where {a.Name} : {string.Join(", ", constraints)}";
    }));

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        Enum e => $"{TypeName(e.GetType())}.{e}",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string TypeName(Type type, NullabilityInfo? nullability = null, bool declaration = false)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!, nullability?.ElementType) + "[]" + (nullability?.ReadState == NullabilityState.Nullable ? "?" : "");
        }

        var keyword = Keyword(type);
        string name;
        if (keyword is not null)
        {
            name = keyword;
        }
        else
        {
            var raw = declaration ? type.Name : type.IsNested ? TypeName(type.DeclaringType!) + "." + type.Name : $"{type.Namespace}.{type.Name}";
            var tick = raw.IndexOf('`', StringComparison.Ordinal);
            name = tick >= 0 ? raw[..tick] : raw;
            if (type.IsGenericType)
            {
                var arguments = type.GetGenericArguments();
                var own = type.IsNested ? arguments.Skip(type.DeclaringType!.GetGenericArguments().Length).ToArray() : arguments;
                if (own.Length > 0)
                {
                    var infos = nullability?.GenericTypeArguments;
                    name += "<" + string.Join(", ", own.Select((a, i) => TypeName(a, infos is { Length: > 0 } ? infos[Math.Min(i, infos.Length - 1)] : null))) + ">";
                }
                else if (type.IsNested)
                {
                    name = name.Replace("`1", "", StringComparison.Ordinal);
                }
            }

            name = name.Replace("`1", "", StringComparison.Ordinal);
        }

        return name + (!type.IsValueType && nullability?.ReadState == NullabilityState.Nullable ? "?" : "");
    }

    private static string? Keyword(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Boolean => "bool",
        TypeCode.Byte => "byte",
        TypeCode.Char => "char",
        TypeCode.Decimal => "decimal",
        TypeCode.Double => "double",
        TypeCode.Int16 => "short",
        TypeCode.Int32 when !type.IsEnum => "int",
        TypeCode.Int64 when !type.IsEnum => "long",
        TypeCode.Object when type == typeof(object) => "object",
        TypeCode.SByte => "sbyte",
        TypeCode.Single => "float",
        TypeCode.String => "string",
        TypeCode.UInt16 => "ushort",
        TypeCode.UInt32 => "uint",
        TypeCode.UInt64 => "ulong",
        _ => type == typeof(void) ? "void" : null,
    };

}

using System.Reflection;
using System.Runtime.CompilerServices;

namespace JourneyKit.Tests.Model;

/// <summary>Every public type is immutable and sealed; builders (and exceptions) are the only mutable public types.</summary>
public class ImmutabilityTests
{
    private static readonly Type[] PublicTypes = [.. typeof(JourneyMap).Assembly.GetExportedTypes()];

    public static TheoryData<Type> ModelTypes() => [.. PublicTypes.Where(IsModelType)];

    public static TheoryData<Type> BuilderTypes() => [.. PublicTypes.Where(t => t.Name.EndsWith("Builder", StringComparison.Ordinal))];

    /// <summary>
    /// Mutable by design and never held by users: a <see cref="JourneyKit.Validation.RuleContext"/> collects one rule's
    /// findings during one validation and is handed to the rule, never created or kept by user code.
    /// </summary>
    private static readonly Type[] Collectors = [typeof(JourneyKit.Validation.RuleContext)];

    /// <summary>Abstract bases users derive from, as they implement interfaces: a <see cref="JourneyKit.Walking.MapVisitor"/> keeps what it finds during one walk.</summary>
    private static readonly Type[] ExtensionPoints = [typeof(JourneyKit.Walking.MapVisitor)];

    private static bool IsModelType(Type type) =>
        !type.IsEnum && !type.IsInterface && !(type.IsAbstract && type.IsSealed)
        && !type.Name.EndsWith("Builder", StringComparison.Ordinal)
        && !Collectors.Contains(type)
        && !ExtensionPoints.Contains(type)
        && !typeof(Exception).IsAssignableFrom(type)
        && !type.IsNested;

    [Fact]
    public void PublicTypes_CoverTheModel()
    {
        var names = PublicTypes.Where(IsModelType).Select(t => t.Name);

        names.Should().Contain(["JourneyMap", "Persona", "Stage", "Step", "Touchpoint", "Channel", "Owner", "PainPoint", "Opportunity", "Metric", "Emotion", "Transition", "BackStageItem", "Revision", "EmotionScale"]);
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void ModelType_IsSealed(Type type)
    {
        type.IsSealed.Should().BeTrue($"{type.Name} is part of the immutable model");
        if (type.IsValueType)
        {
            type.GetCustomAttribute<IsReadOnlyAttribute>().Should().NotBeNull($"{type.Name} should be a readonly struct");
        }
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void ModelType_HasNoPublicSetterOrMutableField(Type type)
    {
        // Init-only setters run only while an object is made (an initializer or a `with` copy), never on one that exists.
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(p => p.SetMethod is { IsPublic: true } && !IsInitOnly(p.SetMethod))
            .Select(p => p.Name);
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(f => !f.IsInitOnly && !f.Name.Contains("k__BackingField", StringComparison.Ordinal))
            .Select(f => f.Name);
        var backingFieldsWithoutReadonly = type.GetFields(BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(f => f.Name.Contains("k__BackingField", StringComparison.Ordinal) && !f.IsInitOnly)
            .Select(f => f.Name);

        setters.Should().BeEmpty($"{type.Name} must not be changed after construction");
        fields.Should().BeEmpty($"{type.Name} must not hold writable fields");
        backingFieldsWithoutReadonly.Should().BeEmpty($"{type.Name}'s auto-properties must be get-only or init-only");
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void ModelType_ExposesNoMutableCollection(Type type)
    {
        var mutable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Where(p => p.PropertyType.IsArray || IsMutableCollection(p.PropertyType))
            .Select(p => p.Name);

        mutable.Should().BeEmpty($"{type.Name} must expose collections that cannot be changed");
    }

    [Fact]
    public void Collectors_HaveNoPublicConstructorOrSetter()
    {
        foreach (var type in Collectors)
        {
            type.IsSealed.Should().BeTrue();
            type.GetConstructors().Should().BeEmpty();
            type.GetProperties().Where(p => p.SetMethod is { IsPublic: true }).Should().BeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(BuilderTypes))]
    public void BuilderType_IsSealedWithoutPublicConstructor(Type type)
    {
        type.IsSealed.Should().BeTrue();
        type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty($"{type.Name} is reached through JourneyMap.Create");
    }

    private static bool IsMutableCollection(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var definition
        && (definition == typeof(List<>) || definition == typeof(Dictionary<,>) || definition == typeof(ICollection<>)
            || definition == typeof(IList<>) || definition == typeof(IDictionary<,>) || definition == typeof(HashSet<>) || definition == typeof(ISet<>));
}

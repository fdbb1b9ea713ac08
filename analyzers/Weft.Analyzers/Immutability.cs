using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Weft.Analyzers;

/// <summary>
/// Decides whether a type is deeply immutable: safe to share by reference across threads. Known immutable types,
/// Immutable*/Frozen* collections of immutable elements, records and sealed classes or structs whose every field is
/// read-only and itself immutable (a [ThreadLocalSlot] snapshot type too: one holding another is immutable only when
/// that one is), and user additions from <c>.editorconfig</c>
/// (<c>weft.immutable_types</c>). Read-only views (<c>IReadOnlyList&lt;T&gt;</c>, <c>ReadOnlyCollection&lt;T&gt;</c>)
/// are not immutable: someone may hold the list behind them.
/// </summary>
internal sealed class Immutability
{
    private static readonly ImmutableHashSet<string> KnownImmutable = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System.String", "System.Decimal", "System.DateTime", "System.DateTimeOffset", "System.TimeSpan", "System.Guid",
        "System.DateOnly", "System.TimeOnly", "System.Half", "System.Int128", "System.UInt128", "System.Index", "System.Range",
        "System.Uri", "System.Version", "System.Type", "System.Text.Rune", "System.Numerics.BigInteger", "System.Numerics.Complex",
        "System.Text.RegularExpressions.Regex", "System.Text.Encoding",
        "System.Threading.CancellationToken", "System.DBNull");

    // Library base classes that hold no instance state: a sealed class deriving from one is judged by its own members.
    private static readonly ImmutableHashSet<string> StatelessBaseClasses = ImmutableHashSet.Create("System.EventArgs");

    private static readonly ImmutableHashSet<string> ImmutableGenericDefinitions = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System.Nullable`1", "System.Collections.Generic.KeyValuePair`2", "System.Lazy`1");

    // Structs that are views over an array: read-only structs, but the memory behind them is someone else's.
    private static readonly ImmutableDictionary<string, string> MemoryViews = new Dictionary<string, string>
    {
        ["System.Memory`1"] = "a writable view over an array",
        ["System.ArraySegment`1"] = "a writable view over an array",
        ["System.ReadOnlyMemory`1"] = "a read-only view over an array someone else can change",
        ["System.Buffers.ReadOnlySequence`1"] = "a read-only view over memory someone else can change",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    private readonly ImmutableHashSet<string> _userImmutable;
    private readonly ConcurrentDictionary<ITypeSymbol, string?> _cache = new(SymbolEqualityComparer.Default);

    public Immutability(WeftSymbols symbols, IEnumerable<string> userImmutableTypes)
    {
        // Analyzer config values may arrive lower-cased; type names never differ by case alone in practice.
        _userImmutable = userImmutableTypes.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads <c>weft.immutable_types</c> (comma- or semicolon-separated full names) from the global options.</summary>
    public static IEnumerable<string> ReadUserTypes(Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions options)
    {
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("weft.immutable_types", out string? value) && value is not null)
        {
            return value.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0);
        }

        return Array.Empty<string>();
    }

    public bool IsImmutable(ITypeSymbol type) => WhyMutable(type) is null;

    // A known verdict is returned before an evaluation is made (the flow rules ask on every published argument).
    /// <summary>
    /// Null when immutable; otherwise the type named and what makes it mutable, as a noun phrase that follows "is of
    /// type": <c>'List&lt;int&gt;', a mutable collection</c>.
    /// </summary>
    public string? WhyMutable(ITypeSymbol type) => _cache.TryGetValue(type, out string? cached) ? cached : WhyMutable(type, new Evaluation());

    /// <summary>
    /// The types being evaluated (their depth on the stack) and the shallowest of them that the current evaluation
    /// assumed immutable because it met it again (a reference cycle).
    /// </summary>
    private sealed class Evaluation
    {
        public readonly Dictionary<ITypeSymbol, int> Open = new(SymbolEqualityComparer.Default);
        public int ShallowestAssumed = int.MaxValue;
    }

    private string? WhyMutable(ITypeSymbol type, Evaluation evaluation)
    {
        if (_cache.TryGetValue(type, out string? cached))
        {
            return cached;
        }

        if (evaluation.Open.TryGetValue(type, out int openDepth))
        {
            // A cycle: assume immutable for now; the evaluation that opened this type decides.
            evaluation.ShallowestAssumed = Math.Min(evaluation.ShallowestAssumed, openDepth);
            return null;
        }

        int depth = evaluation.Open.Count;
        int outerAssumed = evaluation.ShallowestAssumed;
        evaluation.Open.Add(type, depth);
        evaluation.ShallowestAssumed = int.MaxValue;
        string? reason = Compute(type, evaluation);
        evaluation.Open.Remove(type);

        // "Mutable" found under optimistic assumptions holds whatever they turn out to be. "Immutable" is final only
        // when it assumed nothing about a type still open above this one; otherwise that type may yet prove mutable,
        // and a cached answer would depend on which type was asked first.
        bool assumedOuter = evaluation.ShallowestAssumed < depth;
        if (reason is not null || !assumedOuter)
        {
            _cache.TryAdd(type, reason);
        }

        evaluation.ShallowestAssumed = Math.Min(outerAssumed, assumedOuter ? evaluation.ShallowestAssumed : int.MaxValue);
        return reason;
    }

    private string? Compute(ITypeSymbol type, Evaluation evaluation)
    {
        string display = "'" + type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "'";
        if (type.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_String || type.TypeKind == TypeKind.Enum)
        {
            return null;
        }

        // A delegate object cannot change after it is made; what it captures is the author's (docs/rules/WEFT0001.md).
        if (type.TypeKind is TypeKind.Delegate || type.SpecialType == SpecialType.System_Delegate || type.SpecialType == SpecialType.System_MulticastDelegate)
        {
            return null;
        }

        if (type.SpecialType == SpecialType.System_Object)
        {
            return $"{display}, which may hold an instance of any type, mutable ones included";
        }

        if (type is IArrayTypeSymbol)
        {
            return $"{display}, an array (its elements can be written)";
        }

        if (type.TypeKind is TypeKind.TypeParameter or TypeKind.Dynamic or TypeKind.Error or TypeKind.Pointer or TypeKind.FunctionPointer)
        {
            return type.TypeKind == TypeKind.Error ? null : $"{display}, which may be any type";
        }

        string fullName = FullName(type);
        if (KnownImmutable.Contains(fullName) || _userImmutable.Contains(fullName) || _userImmutable.Contains(FullName(type.OriginalDefinition)))
        {
            return null;
        }

        if (fullName == "System.Globalization.CultureInfo")
        {
            return $"{display}, which is writable unless it was made read-only (CultureInfo.ReadOnly, CultureInfo.GetCultureInfo)";
        }

        if (type is INamedTypeSymbol named)
        {
            if (MemoryViews.TryGetValue(FullName(named.OriginalDefinition), out string? view))
            {
                return $"{display}, {view}";
            }

            string ns = named.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            bool isImmutableCollection = ns is "System.Collections.Immutable" or "System.Collections.Frozen";
            if (isImmutableCollection || ImmutableGenericDefinitions.Contains(FullName(named.OriginalDefinition)) || named.IsTupleType)
            {
                if (isImmutableCollection && named.Name.EndsWith("Builder", StringComparison.Ordinal))
                {
                    return $"{display}, a builder (mutable until ToImmutable)";
                }

                foreach (ITypeSymbol argument in named.TypeArguments)
                {
                    string? inner = WhyMutable(argument, evaluation);
                    if (inner is not null)
                    {
                        return $"{display}, whose type argument is {inner}";
                    }
                }

                return null;
            }

            if (ns.StartsWith("System.Collections", StringComparison.Ordinal))
            {
                return named.Name.StartsWith("IReadOnly", StringComparison.Ordinal) || named.Name.StartsWith("ReadOnly", StringComparison.Ordinal)
                    ? $"{display}, a read-only view over a collection someone else can change"
                    : $"{display}, a mutable collection";
            }

            if (named.Locations.Any(l => l.IsInSource))
            {
                return SourceTypeReason(named, display, evaluation);
            }

            // Metadata types we do not know: immutable only when they say so structurally.
            if (named.IsValueType && named.IsReadOnly && named.TypeArguments.All(a => WhyMutable(a, evaluation) is null))
            {
                return null;
            }

            if (named.TypeKind == TypeKind.Interface)
            {
                return $"{display}, an interface (the object behind it may be mutable)";
            }

            return $"{display}, which is not known to be immutable (list it in weft.immutable_types if it is)";
        }

        return $"{display}, which is not known to be immutable";
    }

    private string? SourceTypeReason(INamedTypeSymbol type, string display, Evaluation evaluation, bool checkSealed = true)
    {
        if (type.TypeKind == TypeKind.Interface)
        {
            return $"{display}, an interface (the object behind it may be mutable)";
        }

        if (checkSealed && type.TypeKind == TypeKind.Class && !type.IsSealed && !type.IsStatic)
        {
            return $"{display}, which is not sealed (a subclass may add mutable state)";
        }

        foreach (ISymbol member in type.GetMembers())
        {
            switch (member)
            {
                // A backing field is reported as the property or event it belongs to, below.
                case IFieldSymbol { IsStatic: false, AssociatedSymbol: null } field:
                    if (!field.IsReadOnly && !field.IsConst)
                    {
                        return $"{display}, whose field '{field.Name}' is writable";
                    }

                    string? fieldReason = WhyMutable(field.Type, evaluation);
                    if (fieldReason is not null)
                    {
                        return $"{display}, whose field '{field.Name}' is of type {fieldReason}";
                    }

                    break;
                case IPropertySymbol { IsStatic: false, SetMethod: { IsInitOnly: false } } property:
                    return $"{display}, whose property '{property.Name}' has a setter";
                case IPropertySymbol { IsStatic: false, IsIndexer: false } property when !IsComputed(property):
                    string? propertyReason = WhyMutable(property.Type, evaluation);
                    if (propertyReason is not null)
                    {
                        return $"{display}, whose property '{property.Name}' is of type {propertyReason}";
                    }

                    break;
                case IEventSymbol { IsStatic: false } evt:
                    return $"{display}, whose event '{evt.Name}' is changed by every subscription";
            }
        }

        if (type.BaseType is { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType) } baseType && baseType.TypeKind == TypeKind.Class &&
            !StatelessBaseClasses.Contains(FullName(baseType)))
        {
            // A base class is part of every instance: its members count, whether or not it is sealed itself.
            string? baseReason = baseType.Locations.Any(l => l.IsInSource)
                ? MembersReason(baseType, "'" + baseType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "'", evaluation)
                : WhyMutable(baseType, evaluation);
            if (baseReason is not null && !baseReason.Contains("not sealed"))
            {
                return $"{display}, whose base type is {baseReason}";
            }
        }

        return null;
    }

    /// <summary>
    /// Why what a slot type inherits is mutable (its base classes' members: every instance carries them), as a noun
    /// phrase naming the base; null when the base classes hold nothing mutable. Its own members are the caller's.
    /// </summary>
    public string? InheritedReason(INamedTypeSymbol type)
    {
        if (type.BaseType is not { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType), TypeKind: TypeKind.Class } baseType ||
            StatelessBaseClasses.Contains(FullName(baseType)))
        {
            return null;
        }

        string display = "'" + baseType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "'";
        string? reason = baseType.Locations.Any(l => l.IsInSource) ? MembersReason(baseType, display, new Evaluation()) : WhyMutable(baseType);
        return reason is null || reason.Contains("not sealed") ? null : reason;
    }

    /// <summary>A source class's members and base classes, without asking whether the class itself is sealed.</summary>
    private string? MembersReason(INamedTypeSymbol type, string display, Evaluation evaluation)
    {
        if (_cache.TryGetValue(type, out string? cached) && cached is null)
        {
            return null;
        }

        return SourceTypeReason(type, display, evaluation, checkSealed: false);
    }

    /// <summary>A property with a body computes its value: it stores nothing of its own (its fields are checked).</summary>
    // A property whose accessors use C# 14's `field` has bodies and still a backing field: it holds what it is given.
    internal static bool IsComputed(IPropertySymbol property) => HasAccessorBodies(property) && !HasBackingField(property);

    /// <summary>True when the property's declaration has an expression body or an accessor with a body.</summary>
    internal static bool HasAccessorBodies(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>().Any(p =>
            p.ExpressionBody is not null ||
            (p.AccessorList?.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null) ?? false));

    /// <summary>True for a property the compiler backs with a field: an auto-property, or one whose accessors use <c>field</c>.</summary>
    internal static bool HasBackingField(IPropertySymbol property) =>
        property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

    private static string FullName(ITypeSymbol type) => type.ContainingNamespace is { IsGlobalNamespace: false } ns
        ? ns.ToDisplayString() + "." + MetadataName(type)
        : MetadataName(type);

    private static string MetadataName(ITypeSymbol type) => type.ContainingType is { } outer ? MetadataName(outer) + "+" + type.MetadataName : type.MetadataName;
}

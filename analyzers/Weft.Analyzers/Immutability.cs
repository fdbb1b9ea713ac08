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
/// read-only and itself immutable, [ThreadLocalSlot] snapshot types, and user additions from <c>.editorconfig</c>
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
        "System.Text.RegularExpressions.Regex", "System.Text.Encoding", "System.Globalization.CultureInfo",
        "System.Threading.CancellationToken", "System.DBNull", "System.Object");

    private static readonly ImmutableHashSet<string> ImmutableGenericDefinitions = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System.Nullable`1", "System.ReadOnlyMemory`1", "System.Collections.Generic.KeyValuePair`2", "System.Lazy`1");

    private readonly WeftSymbols _symbols;
    private readonly ImmutableHashSet<string> _userImmutable;
    private readonly ConcurrentDictionary<ITypeSymbol, string?> _cache = new(SymbolEqualityComparer.Default);

    public Immutability(WeftSymbols symbols, IEnumerable<string> userImmutableTypes)
    {
        _symbols = symbols;
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

    /// <summary>Null when immutable; otherwise a phrase saying why ("List&lt;int&gt; is a mutable collection").</summary>
    public string? WhyMutable(ITypeSymbol type) => WhyMutable(type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));

    private string? WhyMutable(ITypeSymbol type, HashSet<ITypeSymbol> visiting)
    {
        if (_cache.TryGetValue(type, out string? cached))
        {
            return cached;
        }

        if (!visiting.Add(type))
        {
            // A cycle: assume immutable for now; the outer evaluation decides.
            return null;
        }

        string? reason = Compute(type, visiting);
        visiting.Remove(type);
        _cache.TryAdd(type, reason);
        return reason;
    }

    private string? Compute(ITypeSymbol type, HashSet<ITypeSymbol> visiting)
    {
        string display = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        if (type.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_String || type.TypeKind == TypeKind.Enum)
        {
            return null;
        }

        if (type.TypeKind is TypeKind.Delegate)
        {
            return null;
        }

        if (type is IArrayTypeSymbol)
        {
            return $"{display} is an array (its elements can be written)";
        }

        if (type.TypeKind is TypeKind.TypeParameter or TypeKind.Dynamic or TypeKind.Error or TypeKind.Pointer or TypeKind.FunctionPointer)
        {
            return type.TypeKind == TypeKind.Error ? null : $"{display} may be any type";
        }

        string fullName = FullName(type);
        if (KnownImmutable.Contains(fullName) || _userImmutable.Contains(fullName) || _userImmutable.Contains(FullName(type.OriginalDefinition)))
        {
            return null;
        }

        if (_symbols.IsSnapshotSlot(type))
        {
            return null;
        }

        if (type is INamedTypeSymbol named)
        {
            string ns = named.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            bool isImmutableCollection = ns is "System.Collections.Immutable" or "System.Collections.Frozen";
            if (isImmutableCollection || ImmutableGenericDefinitions.Contains(FullName(named.OriginalDefinition)) || named.IsTupleType)
            {
                if (isImmutableCollection && named.Name.EndsWith("Builder", StringComparison.Ordinal))
                {
                    return $"{display} is a builder (mutable until ToImmutable)";
                }

                foreach (ITypeSymbol argument in named.TypeArguments)
                {
                    string? inner = WhyMutable(argument, visiting);
                    if (inner is not null)
                    {
                        return $"{display} holds a mutable type argument ({inner})";
                    }
                }

                return null;
            }

            if (ns.StartsWith("System.Collections", StringComparison.Ordinal))
            {
                return named.Name.StartsWith("IReadOnly", StringComparison.Ordinal) || named.Name.StartsWith("ReadOnly", StringComparison.Ordinal)
                    ? $"{display} is a read-only view over a collection someone else can change"
                    : $"{display} is a mutable collection";
            }

            if (named.Locations.Any(l => l.IsInSource))
            {
                return SourceTypeReason(named, display, visiting);
            }

            // Metadata types we do not know: immutable only when they say so structurally.
            if (named.IsValueType && named.IsReadOnly && named.TypeArguments.All(a => WhyMutable(a, visiting) is null))
            {
                return null;
            }

            if (named.TypeKind == TypeKind.Interface)
            {
                return $"{display} is an interface (the object behind it may be mutable)";
            }

            return $"{display} is not known to be immutable (list it in weft.immutable_types if it is)";
        }

        return $"{display} is not known to be immutable";
    }

    private string? SourceTypeReason(INamedTypeSymbol type, string display, HashSet<ITypeSymbol> visiting)
    {
        if (type.TypeKind == TypeKind.Interface)
        {
            return $"{display} is an interface (the object behind it may be mutable)";
        }

        if (type.TypeKind == TypeKind.Class && !type.IsSealed && !type.IsStatic)
        {
            return $"{display} is not sealed (a subclass may add mutable state)";
        }

        foreach (ISymbol member in type.GetMembers())
        {
            switch (member)
            {
                case IFieldSymbol { IsStatic: false } field:
                    if (!field.IsReadOnly && !field.IsConst)
                    {
                        return $"{display}.{Name(field)} is a writable field";
                    }

                    string? fieldReason = WhyMutable(field.Type, visiting);
                    if (fieldReason is not null)
                    {
                        return $"{display}.{Name(field)}: {fieldReason}";
                    }

                    break;
                case IPropertySymbol { IsStatic: false, SetMethod: { IsInitOnly: false } } property:
                    return $"{display}.{property.Name} has a setter";
                case IPropertySymbol { IsStatic: false, IsIndexer: false } property when !IsComputed(property):
                    string? propertyReason = WhyMutable(property.Type, visiting);
                    if (propertyReason is not null)
                    {
                        return $"{display}.{property.Name}: {propertyReason}";
                    }

                    break;
                case IEventSymbol { IsStatic: false } evt:
                    return $"{display}.{evt.Name} is an event (subscribing mutates the object)";
            }
        }

        if (type.BaseType is { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType) } baseType && baseType.TypeKind == TypeKind.Class)
        {
            string? baseReason = WhyMutable(baseType, visiting);
            if (baseReason is not null && !baseReason.Contains("not sealed"))
            {
                return baseReason;
            }
        }

        return null;
    }

    /// <summary>A property with a body computes its value: it stores nothing of its own (its fields are checked).</summary>
    internal static bool IsComputed(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>().Any(p =>
            p.ExpressionBody is not null ||
            (p.AccessorList?.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null) ?? false));

    // Auto-property backing fields carry the property's name in messages.
    private static string Name(IFieldSymbol field) => field.AssociatedSymbol?.Name ?? field.Name;

    private static string FullName(ITypeSymbol type) => type.ContainingNamespace is { IsGlobalNamespace: false } ns
        ? ns.ToDisplayString() + "." + MetadataName(type)
        : MetadataName(type);

    private static string MetadataName(ITypeSymbol type) => type.ContainingType is { } outer ? MetadataName(outer) + "+" + type.MetadataName : type.MetadataName;
}

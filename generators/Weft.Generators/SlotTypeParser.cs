using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Model;

namespace Weft.Generators;

/// <summary>Turns an attributed type into a <see cref="SlotTypeModel"/>, or null for a shape the generator cannot serve.</summary>
internal static class SlotTypeParser
{
    // WeftNames.WorkerUpdateAttribute split into the parts a symbol exposes (its namespace is a top-level one).
    private static readonly string WorkerUpdateNamespace = WeftNames.WorkerUpdateAttribute.Substring(0, WeftNames.WorkerUpdateAttribute.LastIndexOf('.'));
    private static readonly string WorkerUpdateName = WeftNames.WorkerUpdateAttribute.Substring(WeftNames.WorkerUpdateAttribute.LastIndexOf('.') + 1);

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static SlotTypeModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.TargetNode is not TypeDeclarationSyntax declaration)
        {
            return null;
        }

        if (GeneratedContract.TypeProblems(type, cancellationToken).Count != 0)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        bool perWorker = ReadMode(context.Attributes) == WeftNames.SlotModePerWorker;
        var containing = new List<ContainingTypeModel>();
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containing.Insert(0, new ContainingTypeModel(KeywordOf(outer), Escape(outer.Name)));
        }

        var updates = perWorker ? ParseUpdates(type, cancellationToken) : new List<WorkerUpdateModel>();
        var taken = GeneratedContract.TakenMemberNames(GeneratedContract.DeclaredMemberNames(type), type.Name, perWorker, updates.Select(u => u.MetadataName));

        string? ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
        string fullyQualifiedName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return new SlotTypeModel(
            ns,
            containing.ToEquatableArray(),
            type.IsRecord ? "record" : "class",
            Escape(type.Name),
            fullyQualifiedName,
            perWorker,
            updates.ToEquatableArray(),
            taken.ToEquatableArray(),
            HintNameFor(fullyQualifiedName));
    }

    private static int ReadMode(IEnumerable<AttributeData> attributes)
    {
        foreach (AttributeData attribute in attributes)
        {
            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                if (argument.Key == WeftNames.ModePropertyName && argument.Value.Value is int mode)
                {
                    return mode;
                }
            }
        }

        return WeftNames.SlotModeSnapshot;
    }

    private static List<WorkerUpdateModel> ParseUpdates(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var updates = new List<WorkerUpdateModel>();
        foreach (IMethodSymbol method in GeneratedContract.ServableUpdates(type, IsWorkerUpdate))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parameters = method.Parameters.Select(RenderParameter).ToEquatableArray();
            updates.Add(new WorkerUpdateModel(
                Escape(method.Name),
                method.Name,
                GeneratedContract.UpdateOnAllWorkersAsync(method.Name),
                GeneratedContract.UpdateOnAllWorkers(method.Name),
                AccessibilityFor(method),
                parameters,
                DeprecationOf(method)));
        }

        // Deterministic output whatever the declaration order across partial files.
        return updates
            .OrderBy(u => u.Name, StringComparer.Ordinal)
            .ThenBy(u => string.Join(",", u.Parameters.Select(p => p.Type)), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The method's <c>[Obsolete]</c> and <c>[Experimental]</c> attributes, rendered for its posting methods: they call
    /// it, so without them a deprecated update would break a warnings-as-errors build inside generated code the user
    /// cannot edit; with them the deprecation reaches the user's calls of the posting methods instead.
    /// </summary>
    private static EquatableArray<string> DeprecationOf(IMethodSymbol method)
    {
        var rendered = new List<string>();
        foreach (AttributeData attribute in method.GetAttributes())
        {
            string? name = attribute.AttributeClass?.ToDisplayString();
            if (name is not ("System.ObsoleteAttribute" or "System.Diagnostics.CodeAnalysis.ExperimentalAttribute"))
            {
                continue;
            }

            IEnumerable<string> arguments = attribute.ConstructorArguments.Select(a => a.ToCSharpString())
                .Concat(attribute.NamedArguments.Select(a => $"{a.Key} = {a.Value.ToCSharpString()}"));
            rendered.Add($"global::{name}({string.Join(", ", arguments)})");
        }

        return rendered.ToEquatableArray();
    }

    // Compared by parts, not by rendering each attribute's name to a string: every method of a per-worker type is asked.
    private static bool IsWorkerUpdate(IMethodSymbol method)
    {
        foreach (AttributeData attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { ContainingType: null, ContainingNamespace: { ContainingNamespace.IsGlobalNamespace: true } ns } attributeClass &&
                attributeClass.Name == WorkerUpdateName && ns.Name == WorkerUpdateNamespace)
            {
                return true;
            }
        }

        return false;
    }

    private static ParameterModel RenderParameter(IParameterSymbol parameter)
    {
        string modifier = parameter.IsParams ? "params " : parameter.RefKind switch
        {
            RefKind.In => "in ",
            RefKind.RefReadOnlyParameter => "ref readonly ",
            _ => string.Empty,
        };
        string type = parameter.Type.ToDisplayString(TypeFormat);
        string? defaultValue = parameter.HasExplicitDefaultValue ? RenderDefault(parameter.Type, parameter.ExplicitDefaultValue) : null;
        return new ParameterModel(modifier, type, Escape(parameter.Name), defaultValue, !parameter.Type.IsUnmanagedType);
    }

    private static string RenderDefault(ITypeSymbol type, object? value)
    {
        if (value is null)
        {
            return "default";
        }

        string literal = value switch
        {
            // A non-finite value has no literal ("NaND" is not C#): its named constant is exact.
            float f when float.IsNaN(f) => "global::System.Single.NaN",
            float f when float.IsInfinity(f) => f > 0 ? "global::System.Single.PositiveInfinity" : "global::System.Single.NegativeInfinity",
            double d when double.IsNaN(d) => "global::System.Double.NaN",
            double d when double.IsInfinity(d) => d > 0 ? "global::System.Double.PositiveInfinity" : "global::System.Double.NegativeInfinity",
            string s => SymbolDisplay.FormatLiteral(s, quote: true),
            char c => SymbolDisplay.FormatLiteral(c, quote: true),
            bool b => b ? "true" : "false",
            float f => f.ToString("R", CultureInfo.InvariantCulture) + "F",
            double d => d.ToString("R", CultureInfo.InvariantCulture) + "D",
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "default",
        };

        // A cast keeps enums, narrow integers and nullable value types exact.
        ITypeSymbol target = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type;
        return value is string or bool ? literal : $"({target.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)})({literal})";
    }

    /// <summary>Public unless a parameter type is less visible: a public method with an internal parameter would not compile.</summary>
    private static string AccessibilityFor(IMethodSymbol method)
    {
        Accessibility lowest = Accessibility.Public;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            Accessibility visible = EffectiveAccessibility(parameter.Type);
            if (visible < lowest)
            {
                lowest = visible;
            }
        }

        return lowest switch
        {
            Accessibility.Public => "public",
            Accessibility.Internal or Accessibility.ProtectedOrInternal => "internal",
            _ => "private",
        };
    }

    private static Accessibility EffectiveAccessibility(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return EffectiveAccessibility(array.ElementType);
            case INamedTypeSymbol named:
                Accessibility lowest = named.DeclaredAccessibility == Accessibility.NotApplicable ? Accessibility.Public : named.DeclaredAccessibility;
                if (named.ContainingType is not null)
                {
                    lowest = Min(lowest, EffectiveAccessibility(named.ContainingType));
                }

                foreach (ITypeSymbol argument in named.TypeArguments)
                {
                    lowest = Min(lowest, EffectiveAccessibility(argument));
                }

                return lowest;
            default:
                return Accessibility.Public;
        }

        static Accessibility Min(Accessibility a, Accessibility b) => a < b ? a : b;
    }

    private static string KeywordOf(INamedTypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Interface } => "interface",
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        _ => "class",
    };

    private static string Escape(string identifier) => GeneratedContract.Escape(identifier);

    private static string HintNameFor(string fullyQualifiedName)
    {
        string name = fullyQualifiedName.Replace("global::", string.Empty);
        var safe = new System.Text.StringBuilder(name.Length);
        foreach (char c in name)
        {
            safe.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_');
        }

        return safe + GeneratedContract.HintNameSuffix;
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Weft.Analyzers;

/// <summary>
/// WEFT0001: a snapshot slot type is shared by reference with every thread, so it must be deeply immutable. Each
/// offending member is reported where it is declared; an unsealed type at its name.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SnapshotImmutabilityAnalyzer : WeftAnalyzer
{
    /// <summary>Values of <see cref="Descriptors.MutabilityKind"/>.</summary>
    internal const string Setter = "setter";
    internal const string WritableField = "field";
    internal const string MutableType = "type";
    internal const string Unsealed = "unsealed";
    internal const string Event = "event";
    internal const string Inherited = "inherited";
    internal const string IndexerSetter = "indexer";
    internal const string CapturedParameter = "captured";

    /// <summary>Separates kinds when one member has several problems (<c>setter,type</c>).</summary>
    internal const char KindSeparator = ',';

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SnapshotNotImmutable);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, WeftSymbols symbols, Immutability immutability)
    {
        context.RegisterSymbolAction(c => Analyze(c, symbols, immutability), SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context, WeftSymbols symbols, Immutability immutability)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!symbols.IsSnapshotSlot(type) || type.TypeKind != TypeKind.Class)
        {
            return;
        }

        string name = type.Name;
        if (!type.IsSealed && !type.IsStatic && !type.IsAbstract)
        {
            Report(context, type.Locations.FirstOrDefault(), name, "it is not sealed (a subclass may add mutable state)", Unsealed);
        }

        if (immutability.InheritedReason(type) is { } inherited)
        {
            // Every instance carries its base classes' members: reported on the type (the base is not this type's to fix).
            Report(context, type.Locations.FirstOrDefault(), name, $"its base type is {inherited}", Inherited);
        }

        foreach (ISymbol member in type.GetMembers())
        {
            if (member.IsStatic || member.IsImplicitlyDeclared || !member.Locations.Any(l => l.IsInSource))
            {
                continue;
            }

            switch (member)
            {
                case IFieldSymbol field when !field.IsConst:
                    if (!field.IsReadOnly)
                    {
                        Report(context, field.Locations[0], name, $"its field '{field.Name}' is writable", WritableField);
                    }
                    else if (immutability.WhyMutable(field.Type) is { } fieldReason)
                    {
                        Report(context, field.Locations[0], name, $"its field '{field.Name}' is of type {fieldReason}", MutableType);
                    }

                    break;
                case IPropertySymbol { IsIndexer: false } property:
                    // Both problems of one property go in one diagnostic, so its fix makes the property right in one step.
                    bool setter = property.SetMethod is { IsInitOnly: false };
                    string? typeReason = Immutability.IsComputed(property) ? null : immutability.WhyMutable(property.Type);
                    if (setter && typeReason is not null)
                    {
                        Report(context, property.Locations[0], name, $"its property '{property.Name}' has a setter (use init) and is of type {typeReason}", Setter + KindSeparator + MutableType);
                    }
                    else if (setter)
                    {
                        Report(context, property.Locations[0], name, $"its property '{property.Name}' has a setter (use init)", Setter);
                    }
                    else if (typeReason is not null)
                    {
                        Report(context, property.Locations[0], name, $"its property '{property.Name}' is of type {typeReason}", MutableType);
                    }

                    break;
                case IPropertySymbol { IsIndexer: true, SetMethod: { IsInitOnly: false } } indexer:
                    Report(context, indexer.Locations[0], name, "its indexer has a setter", IndexerSetter);
                    break;
                case IEventSymbol evt:
                    Report(context, evt.Locations[0], name, $"its event '{evt.Name}' is changed by every subscription", Event);
                    break;
            }
        }

        if (!type.IsRecord)
        {
            foreach (IParameterSymbol parameter in CapturedPrimaryConstructorParameters(context.Compilation, type))
            {
                if (immutability.WhyMutable(parameter.Type) is { } parameterReason)
                {
                    Report(context, parameter.Locations[0], name, $"its primary-constructor parameter '{parameter.Name}', kept by its members, is of type {parameterReason}", CapturedParameter);
                }
            }
        }
    }

    /// <summary>
    /// The primary-constructor parameters a class's members use outside initializers: the compiler keeps each in a
    /// hidden field of every instance, so they are instance state like a field.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer", Justification = "Which members use a primary-constructor parameter needs binding; asked only of snapshot classes with a primary constructor.")]
    private static IEnumerable<IParameterSymbol> CapturedPrimaryConstructorParameters(Compilation compilation, INamedTypeSymbol type)
    {
        foreach (IMethodSymbol constructor in type.InstanceConstructors)
        {
            if (constructor.Parameters.IsEmpty || constructor.DeclaringSyntaxReferences.Length != 1 ||
                constructor.DeclaringSyntaxReferences[0].GetSyntax() is not TypeDeclarationSyntax)
            {
                continue;
            }

            var captured = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not TypeDeclarationSyntax declaration || !compilation.ContainsSyntaxTree(reference.SyntaxTree))
                {
                    continue;
                }

                SemanticModel? model = null;
                foreach (MemberDeclarationSyntax member in declaration.Members)
                {
                    // An initializer runs in the constructor: a parameter used only there is not kept.
                    if (member is FieldDeclarationSyntax or BaseTypeDeclarationSyntax)
                    {
                        continue;
                    }

                    foreach (IdentifierNameSyntax identifier in member.DescendantNodes().OfType<IdentifierNameSyntax>())
                    {
                        if (identifier.Ancestors().Any(a => a is EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax }))
                        {
                            continue;
                        }

                        foreach (IParameterSymbol parameter in constructor.Parameters)
                        {
                            if (identifier.Identifier.ValueText == parameter.Name && !captured.Contains(parameter) &&
                                SymbolEqualityComparer.Default.Equals((model ??= compilation.GetSemanticModel(reference.SyntaxTree)).GetSymbolInfo(identifier).Symbol, parameter))
                            {
                                captured.Add(parameter);
                            }
                        }
                    }
                }
            }

            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                if (captured.Contains(parameter))
                {
                    yield return parameter;
                }
            }
        }
    }

    private static void Report(SymbolAnalysisContext context, Location? location, string type, string reason, string kind) =>
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.SnapshotNotImmutable,
            location ?? Location.None,
            ImmutableDictionary<string, string?>.Empty.Add(Descriptors.MutabilityKind, kind),
            type,
            reason));
}

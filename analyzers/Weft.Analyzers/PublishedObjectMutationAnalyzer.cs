using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// WEFT0002: a write to an object after it was published to every worker: through the same local or an alias, through
/// a collection published inside it (directly or as the source of a read-only view such as <c>AsReadOnly()</c>), and
/// through a field that ever held it (in any method of the type).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PublishedObjectMutationAnalyzer : WeftAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.WriteAfterPublish);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, WeftSymbols symbols, Immutability immutability)
    {
        context.RegisterSymbolStartAction(typeStart =>
        {
            var publishedFields = new ConcurrentDictionary<IFieldSymbol, (SyntaxTree Tree, int Position, string Via)>(SymbolEqualityComparer.Default);
            var fieldWrites = new ConcurrentBag<(IFieldSymbol Field, Mutation Mutation, SyntaxTree Tree)>();
            typeStart.RegisterOperationBlockAction(c => AnalyzeBody(c, symbols, immutability, publishedFields, fieldWrites));
            typeStart.RegisterSymbolEndAction(end =>
            {
                foreach (var (field, mutation, tree) in fieldWrites)
                {
                    if (publishedFields.TryGetValue(field, out var published) &&
                        (published.Tree != tree || mutation.Operation.Syntax.SpanStart > published.Position))
                    {
                        end.ReportDiagnostic(Diagnostic.Create(Descriptors.WriteAfterPublish, mutation.Operation.Syntax.GetLocation(), mutation.Text, published.Via));
                    }
                }
            });
        }, SymbolKind.NamedType);
    }

    private static void AnalyzeBody(
        OperationBlockAnalysisContext context,
        WeftSymbols symbols,
        Immutability immutability,
        ConcurrentDictionary<IFieldSymbol, (SyntaxTree Tree, int Position, string Via)> publishedFields,
        ConcurrentBag<(IFieldSymbol Field, Mutation Mutation, SyntaxTree Tree)> fieldWrites)
    {
        foreach (IOperation block in context.OperationBlocks)
        {
            var mutations = DataFlow.Mutations(block, immutability).ToList();
            foreach (Mutation mutation in mutations)
            {
                if (RootField(mutation.Written) is IFieldSymbol field)
                {
                    fieldWrites.Add((field, mutation, block.Syntax.SyntaxTree));
                }
            }

            foreach (IInvocationOperation publish in block.DescendantsAndSelf().OfType<IInvocationOperation>())
            {
                IOperation? value = PublishedValue(publish, symbols);
                if (value is null)
                {
                    continue;
                }

                string via = $"{publish.TargetMethod.ContainingType.Name}.{publish.TargetMethod.Name}";
                var seeds = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                CollectPublished(value, block, seeds);
                if (seeds.Count == 0)
                {
                    continue;
                }

                var shared = new SharedMemory(block, _ => false, seeds);
                int position = publish.Syntax.Span.End;
                foreach (ISymbol symbol in shared.SharedLocals)
                {
                    if (symbol is IFieldSymbol field)
                    {
                        publishedFields.TryAdd(field, (block.Syntax.SyntaxTree, position, via));
                    }
                }

                // A field assigned the published object (before or after) held it: writes through it count everywhere.
                foreach (ISimpleAssignmentOperation assignment in block.DescendantsAndSelf().OfType<ISimpleAssignmentOperation>())
                {
                    if (DataFlow.ReferencedSymbol(assignment.Target) is IFieldSymbol holder && shared.IsShared(assignment.Value))
                    {
                        publishedFields.TryAdd(holder, (block.Syntax.SyntaxTree, position, via));
                    }
                }

                foreach (Mutation mutation in mutations)
                {
                    if (mutation.Operation.Syntax.SpanStart > position && RootField(mutation.Written) is null && shared.WritesShared(mutation.Written))
                    {
                        // The publish call rides along so the fix can move the write in front of it.
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.WriteAfterPublish, mutation.Operation.Syntax.GetLocation(), [publish.Syntax.GetLocation()], mutation.Text, via));
                    }
                }
            }
        }
    }

    /// <summary>The "value" argument of a generated Publish/PublishAsync or of Slot&lt;T&gt;.Publish/PublishAsync.</summary>
    private static IOperation? PublishedValue(IInvocationOperation invocation, WeftSymbols symbols)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Name is not ("Publish" or "PublishAsync"))
        {
            return null;
        }

        if (!symbols.IsSlot(method.ContainingType) && !symbols.IsGeneratedSlotMember(method))
        {
            return null;
        }

        return invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "value")?.Value;
    }

    /// <summary>What becomes shared with the workers: the object itself and mutable values placed inside it.</summary>
    private static void CollectPublished(IOperation value, IOperation block, HashSet<ISymbol> published)
    {
        IOperation? stripped = DataFlow.Strip(value);
        if (DataFlow.ReferencedSymbol(stripped) is ISymbol symbol)
        {
            if (!published.Add(symbol))
            {
                return;
            }

            // A local built from an object creation: what went into it is published with it.
            if (symbol is ILocalSymbol local)
            {
                foreach (IVariableDeclaratorOperation declarator in block.DescendantsAndSelf().OfType<IVariableDeclaratorOperation>())
                {
                    if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) && declarator.Initializer?.Value is { } initializer)
                    {
                        CollectContents(initializer, block, published);
                    }
                }
            }

            return;
        }

        if (stripped is not null)
        {
            CollectContents(stripped, block, published);
        }
    }

    private static void CollectContents(IOperation creation, IOperation block, HashSet<ISymbol> published)
    {
        creation = DataFlow.Strip(creation)!;
        IEnumerable<IOperation> parts = creation switch
        {
            IObjectCreationOperation objectCreation => objectCreation.Arguments.Select(a => a.Value)
                .Concat(objectCreation.Initializer?.Initializers.OfType<IAssignmentOperation>().Select(a => a.Value) ?? Enumerable.Empty<IOperation>()),
            IWithOperation with => with.Initializer.Initializers.OfType<IAssignmentOperation>().Select(a => a.Value),
            _ => Enumerable.Empty<IOperation>(),
        };

        foreach (IOperation part in parts)
        {
            IOperation? stripped = DataFlow.Strip(part);
            // A read-only view publishes its source: whoever holds the list can still change what workers see.
            if (stripped is IInvocationOperation { TargetMethod.Name: "AsReadOnly" } view)
            {
                stripped = DataFlow.Strip(view.Instance ?? view.Arguments.FirstOrDefault()?.Value);
            }
            else if (stripped is IObjectCreationOperation { Type.Name: "ReadOnlyCollection" or "ReadOnlyDictionary" or "ReadOnlySet" } wrapper && wrapper.Arguments.Length > 0)
            {
                stripped = DataFlow.Strip(wrapper.Arguments[0].Value);
            }

            if (stripped is not null && stripped.Type is { IsReferenceType: true } && DataFlow.ReferencedSymbol(stripped) is ISymbol symbol)
            {
                published.Add(symbol);
            }
        }
    }

    private static IFieldSymbol? RootField(IOperation written)
    {
        IOperation? current = DataFlow.Strip(written);
        while (true)
        {
            switch (current)
            {
                case IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field:
                    return field.Field;
                case IFieldReferenceOperation field:
                    current = DataFlow.Strip(field.Instance);
                    break;
                case IPropertyReferenceOperation { Instance: { } instance }:
                    current = DataFlow.Strip(instance);
                    break;
                case IArrayElementReferenceOperation element:
                    current = DataFlow.Strip(element.ArrayReference);
                    break;
                default:
                    return null;
            }
        }
    }
}

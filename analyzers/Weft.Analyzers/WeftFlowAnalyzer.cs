using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Weft.Analyzers.Engine;

namespace Weft.Analyzers;

/// <summary>
/// WEFT0002–WEFT0008 from one flow-sensitive engine (Engine/), run once per operation block. Field facts that span
/// methods (a field that held a published or worker-owned value) are gathered per type and judged at the type's end.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WeftFlowAnalyzer : FlowAnalyzerBase
{
    /// <summary>Every flow rule: the analyzer a build runs.</summary>
    public WeftFlowAnalyzer()
        : base(AllRules)
    {
    }
}

/// <summary>
/// The engine's analyzer, reporting a chosen set of its rules. Only <see cref="WeftFlowAnalyzer"/> (all of them) is
/// exported; the per-rule views below exist for tests and code-fix tests. The attribute is inherited under
/// reflection, so the views derive from this unattributed base, not from the exported class.
/// </summary>
public abstract class FlowAnalyzerBase : WeftAnalyzer
{
    private protected static readonly DiagnosticDescriptor[] AllRules =
    [
        Descriptors.WriteAfterPublish,
        Descriptors.WriteThroughCurrent,
        Descriptors.WorkerStateEscapes,
        Descriptors.CurrentOffPool,
        Descriptors.NonAtomicStaticWrite,
        Descriptors.MutableBroadcastArgument,
        Descriptors.SharedPerWorkerState,
    ];

    private readonly ImmutableHashSet<string> _ids;

    private protected FlowAnalyzerBase(params DiagnosticDescriptor[] rules)
    {
        SupportedDiagnostics = rules.ToImmutableArray();
        _ids = rules.Select(r => r.Id).ToImmutableHashSet();
    }

    /// <inheritdoc />
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    private protected sealed override void OnCompilationStart(CompilationStartAnalysisContext context, WeftSymbols symbols, Immutability immutability)
    {
        var engine = new FlowEngine(context.Compilation, symbols);
        Func<string, bool> enabled = _ids.Contains;
        var declaringTypes = new DeclaringTypeFacts(engine, symbols, immutability, enabled);
        var reported = new ConcurrentDictionary<(string Id, Location Location), bool>();
        context.RegisterSymbolStartAction(typeStart =>
        {
            var facts = new TypeFacts(reported);
            var deferred = new DeferredBodies();
            typeStart.RegisterOperationBlockAction(block => AnalyzeBlock(block, engine, symbols, immutability, facts, deferred, enabled));
            typeStart.RegisterSymbolEndAction(end =>
            {
                // A body that cannot matter still writes into what fields hold; that is a WEFT0002 only when another
                // body of the type published a field (a WEFT0003 when one kept a snapshot's data in a field). Then,
                // and only then, it is analysed now, the same way.
                var type = (INamedTypeSymbol)end.Symbol;
                if (deferred.Queue is { IsEmpty: false } queue &&
                    ((facts.AnyPublishedField && enabled(Descriptors.WriteAfterPublishId)) ||
                     (enabled(Descriptors.WriteThroughCurrentId) && (facts.AnySnapshotField || declaringTypes.AnyBaseSnapshotField(type)))))
                {
                    foreach ((IOperation root, ISymbol owner) in queue)
                    {
                        if (CreateGraph(root) is { } graph)
                        {
                            Analyze(graph, owner, end.ReportDiagnostic, engine, symbols, immutability, facts, enabled);
                        }
                    }
                }

                Func<ISymbol, bool> declaredHere = field => SymbolEqualityComparer.Default.Equals(field.ContainingType?.OriginalDefinition, type.OriginalDefinition);
                FlowRules.ReportTypeFacts(
                    facts,
                    end.ReportDiagnostic,
                    enabled,
                    field => declaredHere(field) ? null : declaringTypes.WorkerFieldSource(field),
                    field => declaredHere(field) ? facts.OffThreadReadOf(field, engine.StoredOnlyBesideOwnLoop) : declaringTypes.OffThreadReadOf(field),
                    field => declaredHere(field) ? engine.LoopKeepersOf(field) : null,
                    field => declaredHere(field) ? null : declaringTypes.BaseSnapshotField(type, field));
            });
        }, SymbolKind.NamedType);
    }

    private static void AnalyzeBlock(OperationBlockAnalysisContext context, FlowEngine engine, WeftSymbols symbols, Immutability immutability, TypeFacts facts, DeferredBodies deferred, Func<string, bool> enabled)
    {
        if (!engine.MayMatter(context.OperationBlocks, context.OwningSymbol))
        {
            // No graph is built for a body that touches nothing Weft (most bodies of a real project).
            Defer(context, deferred);
            return;
        }

        if (QuietBodies.Accepts(engine, symbols, immutability, context.OperationBlocks, context.OwningSymbol))
        {
            // Nor for one whose run would report nothing: its only possible fact, a write into what a field holds
            // (an Interlocked counter), matters only when a field is published, the deferred bodies' case.
            Defer(context, deferred);
            if (QuietBodies.Audit)
            {
                AuditAccepted(context, engine, symbols, immutability);
            }

            return;
        }

        var seen = new HashSet<IOperation>();
        foreach (IOperation block in context.OperationBlocks)
        {
            // Attribute arguments and the like have no graph; a method's body and its initializers share one.
            if (block.Kind is OperationKind.None or OperationKind.Attribute || TryGetGraph(context, block) is not { } graph || !seen.Add(graph.OriginalOperation))
            {
                continue;
            }

            Analyze(graph, context.OwningSymbol, context.ReportDiagnostic, engine, symbols, immutability, facts, enabled);
        }
    }

    private static void Defer(OperationBlockAnalysisContext context, DeferredBodies deferred)
    {
        var roots = new HashSet<IOperation>();
        foreach (IOperation block in context.OperationBlocks)
        {
            if (block.Kind is not (OperationKind.None or OperationKind.Attribute) && roots.Add(RootOf(block)))
            {
                deferred.Enqueue(RootOf(block), context.OwningSymbol);
            }
        }
    }

    /// <summary>
    /// <see cref="QuietBodies.Audit"/>: the body the screen accepted runs through the engine anyway, every rule on and
    /// its facts kept apart; a diagnostic or a fact other than a field write is a screen miss, thrown (an AD0001 naming
    /// the body, which fails every test and the corpus).
    /// </summary>
    private static void AuditAccepted(OperationBlockAnalysisContext context, FlowEngine engine, WeftSymbols symbols, Immutability immutability)
    {
        var facts = new TypeFacts();
        ISymbol owner = context.OwningSymbol;
        var seen = new HashSet<IOperation>();
        foreach (IOperation block in context.OperationBlocks)
        {
            if (block.Kind is OperationKind.None or OperationKind.Attribute || TryGetGraph(context, block) is not { } graph || !seen.Add(graph.OriginalOperation))
            {
                continue;
            }

            Analyze(graph, owner, diagnostic => throw new InvalidOperationException($"QuietBodies accepted '{owner.ToDisplayString()}', but the engine reports {diagnostic}"),
                engine, symbols, immutability, facts, static _ => true);
        }

        if (facts.HasFactsBesideFieldWrites)
        {
            throw new InvalidOperationException($"QuietBodies accepted '{owner.ToDisplayString()}', but the engine records facts for its type from it");
        }
    }

    private static void Analyze(ControlFlowGraph graph, ISymbol owner, Action<Diagnostic> report, FlowEngine engine, WeftSymbols symbols, Immutability immutability, TypeFacts facts, Func<string, bool> enabled)
    {
        var rules = new FlowRules(report, enabled, immutability, symbols, facts, owner);
        FlowRun run = engine.Analyze(graph, owner, rules);
        rules.Finish(run);
    }

    private static IOperation RootOf(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    /// <summary>The graph of a deferred body, built the way the analysis context builds it (from the block's root).</summary>
    private static ControlFlowGraph? CreateGraph(IOperation root)
    {
        try
        {
            return root switch
            {
                IMethodBodyOperation body => ControlFlowGraph.Create(body),
                IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor),
                IBlockOperation block => ControlFlowGraph.Create(block),
                IFieldInitializerOperation field => ControlFlowGraph.Create(field),
                IPropertyInitializerOperation property => ControlFlowGraph.Create(property),
                IParameterInitializerOperation parameter => ControlFlowGraph.Create(parameter),
                _ => null,
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static ControlFlowGraph? TryGetGraph(OperationBlockAnalysisContext context, IOperation block)
    {
        try
        {
            return context.GetControlFlowGraph(block);
        }
        catch (ArgumentException)
        {
            // Not an executable block (a parameter default without a body, an attribute argument).
            return null;
        }
    }
}

/// <summary>
/// The facts of a type other than the one being analysed, for a field of it read there (a base class's protected
/// field, another class's static field): what the field may hold is decided by the bodies of the type that declares
/// it, whose own analysis may not have finished (types end in any order). Gathered on demand, once per declaring type,
/// by running the same rules over its bodies with reports discarded; most types never need it.
/// </summary>
internal sealed class DeclaringTypeFacts
{
    private readonly FlowEngine _engine;
    private readonly WeftSymbols _symbols;
    private readonly Immutability _immutability;
    private readonly Func<string, bool> _enabled;
    private readonly ConcurrentDictionary<INamedTypeSymbol, Lazy<TypeFacts>> _byType = new(SymbolEqualityComparer.Default);

    public DeclaringTypeFacts(FlowEngine engine, WeftSymbols symbols, Immutability immutability, Func<string, bool> enabled)
    {
        _engine = engine;
        _symbols = symbols;
        _immutability = immutability;
        _enabled = enabled;
    }

    /// <summary>Where the worker-owned state a field of a source type held came from, or null when none did (or it is not in source).</summary>
    public string? WorkerFieldSource(ISymbol field)
    {
        if (field.ContainingType is not { } type || !_engine.IsInSource(type))
        {
            return null;
        }

        return FactsOf(type).TryGetWorkerField(field.OriginalDefinition, out string source) ? source : null;
    }

    /// <summary>Where a body of the source type declaring <paramref name="field"/> reads (raises) it off the caller's thread, or null.</summary>
    public string? OffThreadReadOf(ISymbol field) =>
        field.ContainingType is { } type && _engine.IsInSource(type) ? FactsOf(type).OffThreadReadOf(field, _engine.StoredOnlyBesideOwnLoop) : null;

    /// <summary>
    /// A base class in source of <paramref name="type"/> kept a snapshot's data in a field a derived class can reach
    /// (<c>protected readonly Catalog Catalog = Shared.Catalog;</c>): the derived class's writes through it are WEFT0003.
    /// Only base classes that declare such a member (not private, able to hold an object) have their facts gathered.
    /// </summary>
    public bool AnyBaseSnapshotField(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? baseType = type.BaseType; baseType is not null && _engine.IsInSource(baseType); baseType = baseType.BaseType)
        {
            if (DeclaresInheritedHolder(baseType) && FactsOf(baseType).AnySnapshotField)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The snapshot a base class of <paramref name="type"/> kept in <paramref name="field"/> (see <see cref="AnyBaseSnapshotField"/>), or null.</summary>
    public string? BaseSnapshotField(INamedTypeSymbol type, ISymbol field)
    {
        for (INamedTypeSymbol? baseType = type.BaseType; baseType is not null && _engine.IsInSource(baseType); baseType = baseType.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(field.ContainingType?.OriginalDefinition, baseType.OriginalDefinition))
            {
                return FactsOf(baseType).TryGetSnapshotField(field.OriginalDefinition, out string snapshot) ? snapshot : null;
            }
        }

        return null;
    }

    private static bool DeclaresInheritedHolder(INamedTypeSymbol type)
    {
        foreach (ISymbol member in type.GetMembers())
        {
            ITypeSymbol? held = member switch
            {
                IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false } field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            if (held is { IsReferenceType: true, SpecialType: not SpecialType.System_String } && member.DeclaredAccessibility != Accessibility.Private)
            {
                return true;
            }
        }

        return false;
    }

    private TypeFacts FactsOf(INamedTypeSymbol type) => _byType.GetOrAdd(type.OriginalDefinition, t => new Lazy<TypeFacts>(() => Gather(t))).Value;

    private TypeFacts Gather(INamedTypeSymbol type)
    {
        var facts = new TypeFacts();
        foreach (ISymbol member in type.GetMembers())
        {
            foreach ((ControlFlowGraph graph, ISymbol owner) in _engine.GraphsDeclaredBy(member))
            {
                var rules = new FlowRules(static _ => { }, _enabled, _immutability, _symbols, facts, owner);
                rules.Finish(_engine.Analyze(graph, owner, rules));
            }
        }

        return facts;
    }
}

/// <summary>The bodies of one type that cannot matter unless a field is published (made on first use: most types have none).</summary>
internal sealed class DeferredBodies
{
    private ConcurrentQueue<(IOperation Root, ISymbol Owner)>? _queue;

    public ConcurrentQueue<(IOperation Root, ISymbol Owner)>? Queue => Volatile.Read(ref _queue);

    public void Enqueue(IOperation root, ISymbol owner) =>
        (Volatile.Read(ref _queue) ?? Interlocked.CompareExchange(ref _queue, new ConcurrentQueue<(IOperation, ISymbol)>(), null) ?? _queue!).Enqueue((root, owner));
}

// The per-rule analyzers below are views of the one engine for tests and code-fix tests: each reports only its
// rules. They are not exported ([DiagnosticAnalyzer] absent, and not inherited), so a build runs the engine once.

/// <summary>WEFT0002 only.</summary>
[SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A view of WeftFlowAnalyzer for tests; exporting it would run the engine twice.")]
public sealed class PublishedObjectMutationAnalyzer : FlowAnalyzerBase
{
    /// <summary>Creates the view.</summary>
    public PublishedObjectMutationAnalyzer()
        : base(Descriptors.WriteAfterPublish)
    {
    }
}

/// <summary>WEFT0003 only.</summary>
[SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A view of WeftFlowAnalyzer for tests; exporting it would run the engine twice.")]
public sealed class SnapshotMutationAnalyzer : FlowAnalyzerBase
{
    /// <summary>Creates the view.</summary>
    public SnapshotMutationAnalyzer()
        : base(Descriptors.WriteThroughCurrent)
    {
    }
}

/// <summary>WEFT0004 and WEFT0005.</summary>
[SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A view of WeftFlowAnalyzer for tests; exporting it would run the engine twice.")]
public sealed class ThreadContextAnalyzer : FlowAnalyzerBase
{
    /// <summary>Creates the view.</summary>
    public ThreadContextAnalyzer()
        : base(Descriptors.CurrentOffPool, Descriptors.WorkerStateEscapes)
    {
    }
}

/// <summary>WEFT0006 only.</summary>
[SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A view of WeftFlowAnalyzer for tests; exporting it would run the engine twice.")]
public sealed class StaticMutationAnalyzer : FlowAnalyzerBase
{
    /// <summary>Creates the view.</summary>
    public StaticMutationAnalyzer()
        : base(Descriptors.NonAtomicStaticWrite)
    {
    }
}

/// <summary>WEFT0007 and WEFT0008.</summary>
[SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A view of WeftFlowAnalyzer for tests; exporting it would run the engine twice.")]
public sealed class BroadcastArgumentAnalyzer : FlowAnalyzerBase
{
    /// <summary>Creates the view.</summary>
    public BroadcastArgumentAnalyzer()
        : base(Descriptors.MutableBroadcastArgument, Descriptors.SharedPerWorkerState)
    {
    }
}

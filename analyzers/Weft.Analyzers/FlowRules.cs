using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Weft.Analyzers.Engine;

namespace Weft.Analyzers;

/// <summary>
/// Facts about the fields of one type, gathered over all its bodies and judged when the type is done: a field that
/// ever held a published object is published wherever it is written later; a field that ever held worker-owned state
/// must not be read by code running on another thread.
/// </summary>
internal sealed class TypeFacts
{
    // Made on first use: most types record no fact at all, and a concurrent collection is costly to make (every named
    // type of the compilation gets a TypeFacts).
    private ConcurrentDictionary<ISymbol, ConcurrentBag<(Publication Publication, ISymbol? Function)>>? _publishedFields;
    private ConcurrentBag<(ISymbol Source, ISymbol Target)>? _fieldFlows;
    private ConcurrentDictionary<ISymbol, string>? _workerFields;
    private ConcurrentDictionary<ISymbol, string>? _snapshotFields;
    private ConcurrentBag<(ISymbol Field, IOperation Write, ISymbol? Function)>? _fieldWrites;
    private ConcurrentBag<(ISymbol Field, IOperation Read, string Where, ISymbol? HomeField)>? _offThreadFieldReads;
    private ConcurrentBag<(ISymbol Field, ISymbol? Function)>? _workerFieldStores;
    private ConcurrentBag<(ISymbol Field, IOperation Store, string Description)>? _foreignWorkerStores;
    private ConcurrentDictionary<(string Id, Location Location), bool>? _reported;

    /// <summary>True once some body of the type published what a field held.</summary>
    public bool AnyPublishedField => _publishedFields is { IsEmpty: false };

    /// <summary>Every publication of an object a field held, with the function that published it (several may).</summary>
    public void AddPublishedField(ISymbol field, Publication publication, ISymbol? function) =>
        Made(ref _publishedFields, static () => new(SymbolEqualityComparer.Default))
            .GetOrAdd(field, static _ => new ConcurrentBag<(Publication, ISymbol?)>()).Add((publication, function));

    /// <summary>
    /// Some body leaves what <paramref name="source"/> held on entry in <paramref name="target"/> at its exit (a swap):
    /// once <paramref name="source"/> is published state, so is <paramref name="target"/> (see <see cref="ClosePublishedFields"/>).
    /// </summary>
    public void AddFieldFlow(ISymbol source, ISymbol target) => Made(ref _fieldFlows, static () => new()).Add((source, target));

    /// <summary>
    /// Once every body ran: a field that receives what a published field held is published state too, transitively.
    /// </summary>
    public void ClosePublishedFields()
    {
        if (_fieldFlows is not { } flows || _publishedFields is not { } published)
        {
            return;
        }

        bool grew = true;
        while (grew)
        {
            grew = false;
            foreach ((ISymbol source, ISymbol target) in flows)
            {
                if (published.TryGetValue(source, out var from) && !published.ContainsKey(target) && from.TryPeek(out var first))
                {
                    published.GetOrAdd(target, static _ => new ConcurrentBag<(Publication, ISymbol?)>()).Add(first);
                    grew = true;
                }
            }
        }
    }

    public bool TryGetPublications(ISymbol field, out ConcurrentBag<(Publication Publication, ISymbol? Function)> publications)
    {
        if (_publishedFields is { } published && published.TryGetValue(field, out var found))
        {
            publications = found;
            return true;
        }

        publications = null!;
        return false;
    }

    /// <summary>True once some body of the type kept snapshot data in a field.</summary>
    public bool AnySnapshotField => _snapshotFields is { IsEmpty: false };

    /// <summary>A field held data of a shared snapshot, named by the snapshot's type (the first name stays).</summary>
    public void AddSnapshotField(ISymbol field, string snapshot) => Made(ref _snapshotFields, static () => new(SymbolEqualityComparer.Default)).TryAdd(field, snapshot);

    public bool TryGetSnapshotField(ISymbol field, out string snapshot) => TryGetDescription(_snapshotFields, field, out snapshot);

    /// <summary>A field held worker-owned state (the first description stays).</summary>
    public void AddWorkerField(ISymbol field, string description) => Made(ref _workerFields, static () => new(SymbolEqualityComparer.Default)).TryAdd(field, description);

    public bool TryGetWorkerField(ISymbol field, out string description) => TryGetDescription(_workerFields, field, out description);

    private static bool TryGetDescription(ConcurrentDictionary<ISymbol, string>? fields, ISymbol field, out string description)
    {
        if (fields is not null && fields.TryGetValue(field, out string? found))
        {
            description = found;
            return true;
        }

        description = string.Empty;
        return false;
    }

    /// <summary>Worker state stored in a field (or event) another type declares, where it was stored.</summary>
    public void AddForeignWorkerStore(ISymbol field, IOperation store, string description) => Made(ref _foreignWorkerStores, static () => new()).Add((field, store, description));

    public IEnumerable<(ISymbol Field, IOperation Store, string Description)> ForeignWorkerStores =>
        (IEnumerable<(ISymbol, IOperation, string)>?)_foreignWorkerStores ?? Array.Empty<(ISymbol, IOperation, string)>();

    /// <summary>Where some body of this type read (or raised) the field off the caller's thread, or null.</summary>
    /// <param name="field">The field.</param>
    /// <param name="returnsHome">Whether a post to this dispatcher field sends what the field holds back to the thread that stored it (<see cref="Engine.FlowEngine.StoredOnlyBesideOwnLoop"/>).</param>
    public string? OffThreadReadOf(ISymbol field, Func<ISymbol, ISymbol, bool> returnsHome)
    {
        foreach (var (read, _, where, home) in OffThreadFieldReads)
        {
            if (SymbolEqualityComparer.Default.Equals(read.OriginalDefinition, field.OriginalDefinition) && !(home is not null && returnsHome(read, home)))
            {
                return where;
            }
        }

        return null;
    }

    /// <summary>A write into what a field held; its text is taken only for a write that is reported.</summary>
    public void AddFieldWrite(ISymbol field, IOperation write, ISymbol? function) => Made(ref _fieldWrites, static () => new()).Add((field, write, function));

    public IEnumerable<(ISymbol Field, IOperation Write, ISymbol? Function)> FieldWrites =>
        (IEnumerable<(ISymbol, IOperation, ISymbol?)>?)_fieldWrites ?? Array.Empty<(ISymbol, IOperation, ISymbol?)>();

    /// <summary>A field's object reached another thread; <paramref name="homeField"/>: by a post to the dispatcher this field holds.</summary>
    public void AddOffThreadFieldRead(ISymbol field, IOperation read, string where, ISymbol? homeField = null) =>
        Made(ref _offThreadFieldReads, static () => new()).Add((field, read, where, homeField));

    public IEnumerable<(ISymbol Field, IOperation Read, string Where, ISymbol? HomeField)> OffThreadFieldReads =>
        (IEnumerable<(ISymbol, IOperation, string, ISymbol?)>?)_offThreadFieldReads ?? Array.Empty<(ISymbol, IOperation, string, ISymbol?)>();

    /// <summary>A body of the type stored worker state in a field.</summary>
    public void AddWorkerFieldStore(ISymbol field, ISymbol? function) => Made(ref _workerFieldStores, static () => new()).Add((field, function));

    /// <summary>
    /// True when every body of the type that stores worker state in <paramref name="field"/> is one of
    /// <paramref name="loopKeepers"/>, the bodies that store their own thread's loop in the dispatcher field the state is
    /// posted to (and nothing else is ever stored there): both were taken on one thread, so the post sends the state
    /// back to its worker.
    /// </summary>
    public bool StoredOnlyBy(ISymbol field, ImmutableHashSet<ISymbol> loopKeepers)
    {
        bool any = false;
        foreach (var (stored, function) in (IEnumerable<(ISymbol, ISymbol?)>?)_workerFieldStores ?? Array.Empty<(ISymbol, ISymbol?)>())
        {
            if (SymbolEqualityComparer.Default.Equals(stored, field))
            {
                if (function is null || !loopKeepers.Contains(function))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    /// <summary>
    /// True when some body recorded a fact other than a write into what a field holds (the only fact a body
    /// <see cref="Engine.QuietBodies"/> accepts may leave, which the analyzer's deferral covers): its audit asks.
    /// </summary>
    public bool HasFactsBesideFieldWrites =>
        _publishedFields is { IsEmpty: false } || _fieldFlows is { IsEmpty: false } || _workerFields is { IsEmpty: false } || _snapshotFields is { IsEmpty: false } ||
        _offThreadFieldReads is { IsEmpty: false } || _workerFieldStores is { IsEmpty: false } || _foreignWorkerStores is { IsEmpty: false };

    /// <summary>Made with the compilation's record of what was reported (see <see cref="TryReport"/>), or one of its own.</summary>
    public TypeFacts(ConcurrentDictionary<(string Id, Location Location), bool>? reported = null) => _reported = reported;

    /// <summary>
    /// True the first time a diagnostic of this id is reported at this location (one report per place). The record is
    /// the compilation's when the analyzer shares one: a handler stored in another type's event is judged both where
    /// that type raises it and where the subscriber's own code makes it run, and both land on the same read.
    /// </summary>
    public bool TryReport(string id, Location location) => Made(ref _reported, static () => new()).TryAdd((id, location), true);

    private static T Made<T>(ref T? field, Func<T> make)
        where T : class =>
        Volatile.Read(ref field) ?? Interlocked.CompareExchange(ref field, make(), null) ?? field!;
}

/// <summary>
/// WEFT0002–WEFT0008 on top of the engine: each callback turns one engine event into at most one diagnostic. One
/// instance observes one operation block.
/// </summary>
internal sealed class FlowRules : IFlowObserver
{
    private readonly Action<Diagnostic> _report;
    private readonly Func<string, bool> _enabled;
    private readonly Immutability _immutability;
    private readonly WeftSymbols _symbols;
    private readonly TypeFacts _facts;
    private readonly ISymbol _owner;
    // Made on first use: most bodies store nothing in a field and report nothing.
    private List<(ISymbol Field, ObjectSet Objects)>? _stores;
    private HashSet<(ISymbol, FlowRun)>? _escapes;

    // Fields reported (or recorded for the type's end) as used in a delegate run on another thread: once each per delegate.
    private HashSet<(ISymbol, FlowRun)>? _fieldEscapes;

    public FlowRules(Action<Diagnostic> report, Func<string, bool> enabled, Immutability immutability, WeftSymbols symbols, TypeFacts facts, ISymbol owner)
    {
        _report = report;
        _enabled = enabled;
        _immutability = immutability;
        _symbols = symbols;
        _facts = facts;
        _owner = owner;
    }

    /// <summary>After the body's run: which fields held objects that were published in it.</summary>
    public void Finish(FlowRun run)
    {
        if (run.EverPublished is not { } everPublished)
        {
            return;
        }

        foreach ((ISymbol field, ObjectSet objects) in _stores ?? [])
        {
            foreach (AbstractObject obj in objects)
            {
                if (everPublished.TryGetValue(obj, out Publication? publication) && !ReplacedOnEveryPath(run, field, obj, publication))
                {
                    _facts.AddPublishedField(field, publication, _owner);
                }
            }
        }

        foreach (var published in everPublished)
        {
            if (published.Key.Kind == ObjectKind.Field && published.Key.Symbol is { } field && !ReplacedOnEveryPath(run, field, published.Key, published.Value))
            {
                _facts.AddPublishedField(field, published.Value, _owner);
            }
        }

        if (run.ExitState is not { } exit || _owner.ContainingType is not { } type)
        {
            return;
        }

        foreach (var held in exit.Values)
        {
            if (held.Key is not ISymbol { Kind: SymbolKind.Field or SymbolKind.Property } member || !SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, type.OriginalDefinition))
            {
                continue;
            }

            foreach (AbstractObject obj in held.Value)
            {
                if (obj.Kind == ObjectKind.Field && SymbolEqualityComparer.Default.Equals(obj.Symbol, member.OriginalDefinition))
                {
                    // The field's own entry object still in it: judged above, path by path (ReplacedOnEveryPath).
                    continue;
                }

                if (everPublished.TryGetValue(obj, out Publication? publication))
                {
                    // A published object moved into another field (`(_front, _back) = (_back, _front);` after publishing
                    // `_back`): that field holds it for the next call.
                    _facts.AddPublishedField(member.OriginalDefinition, publication, _owner);
                }
                else if (obj.Kind == ObjectKind.Field && obj.Symbol is { } source && !SymbolEqualityComparer.Default.Equals(source, member.OriginalDefinition))
                {
                    // What another field held on entry is in this one on exit: if that was published, so is this.
                    _facts.AddFieldFlow(source, member.OriginalDefinition);
                }
            }
        }
    }

    /// <summary>
    /// True when no path leaves <paramref name="published"/> in <paramref name="field"/> at the body's exit (the body
    /// replaced it after publishing: <c>finally { _pending = new(); }</c>): no later call of a method of the type finds
    /// the published object there, so the field is not published state for them.
    /// </summary>
    /// <remarks>
    /// Judged path by path where the body has no finally region: a path that did not make this publication (an early
    /// <c>return</c> when there is nothing to publish) leaves the object in the field without it, which a later call
    /// may write (a publication the state carried in from elsewhere is judged where it was made; one publication is one
    /// call, the same in every pass over the body).
    /// </remarks>
    private static bool ReplacedOnEveryPath(FlowRun run, ISymbol field, AbstractObject published, Publication publication)
    {
        if (run.ExitPaths.IsEmpty)
        {
            return run.ExitState is { } exit && exit.Values.TryGetValue(field, out ObjectSet? held) && !held.Contains(published);
        }

        foreach (FlowState path in run.ExitPaths)
        {
            if (path.Published.TryGetValue(published, out Publication? made) && made.Call == publication.Call &&
                (!path.Values.TryGetValue(field, out ObjectSet? held) || held.Contains(published)))
            {
                return false;
            }
        }

        return true;
    }

    private void Report(FlowRun run, DiagnosticDescriptor descriptor, IOperation at, IEnumerable<Location>? additional, params object[] args)
    {
        if (!_enabled(descriptor.Id))
        {
            return;
        }

        Location location = LocationInAnalysedTree(run, at);
        if (_facts.TryReport(descriptor.Id, location))
        {
            // Moved to a hand-off, the diagnostic no longer sits on the write a fix would rewrite: no fix locations.
            _report(Diagnostic.Create(descriptor, location, location.SourceTree == at.Syntax.SyntaxTree ? additional : null, args));
        }
    }

    /// <summary>
    /// Where a defect found in a delegate's body is reported: at it when that body lies in the file being analysed, or
    /// else at the hand-off in this file that made it run there (<c>slot.RunOnAllThreads(tally.Add)</c> with
    /// <c>Tally.Add</c> in another file). A diagnostic located in another file than the one analysed is not shown by
    /// an editor that analyses open documents, and the hand-off is what is wrong in this one.
    /// </summary>
    private static Location LocationInAnalysedTree(FlowRun run, IOperation at)
    {
        SyntaxTree analysed = run.Root.Graph.OriginalOperation.Syntax.SyntaxTree;
        if (at.Syntax.SyntaxTree == analysed)
        {
            return at.Syntax.GetLocation();
        }

        for (FlowRun? nested = run; nested is not null; nested = nested.Outer)
        {
            if (nested.HandOffSite is { } site && site.Syntax.SyntaxTree == analysed)
            {
                return site.Syntax.GetLocation();
            }
        }

        return at.Syntax.GetLocation();
    }

    public void Write(FlowRun run, IOperation write, AbstractObject container, FlowState state)
    {
        if (state.PublicationOf(container) is { } publication)
        {
            // The publish call rides along so the fix can move the write in front of it.
            Location[]? additional = publication.Call.Syntax.SyntaxTree == write.Syntax.SyntaxTree ? [publication.Call.Syntax.GetLocation()] : null;
            Report(run, Descriptors.WriteAfterPublish, write, additional, write.Syntax.ToString(), publication.Via);
        }

        AbstractObject root = container.Root;
        switch (root.Kind)
        {
            case ObjectKind.Snapshot:
                Report(run, Descriptors.WriteThroughCurrent, write, null, write.Syntax.ToString(), root.SlotType?.Name ?? root.Description);
                break;
            case ObjectKind.Field when SharedStatic(run, root.Symbol) is { } field && container.Kind == ObjectKind.Field &&
                                       run.Place.IsWorkerCode && !_immutability.IsImmutable(field.Type) && !IsConcurrent(field.Type) &&
                                       !(run.InitialObjectTypeOf(field.Symbol) is { } initialType && IsConcurrent(initialType)) && !UnderLock(write) &&
                                       WhatChanges(write, run.WrittenLocation(write)) is { } what:
                Report(run, Descriptors.NonAtomicStaticWrite, write, null, field.Symbol.Name,
                    $"a static {field.Type.Name} shared by every worker and not thread-safe", what, run.Place.Description);
                break;
            case ObjectKind.Field when container.Kind == ObjectKind.Reach && SharedStatic(run, root.Symbol) is { } holder && IsCollection(holder.Type) &&
                                       run.Place.IsWorkerCode && write is not IArgumentOperation && !WritesConcurrentType(write, run.WrittenLocation(write)) && !UnderLock(write) &&
                                       WhatChanges(write, run.WrittenLocation(write)) is { } what:
                // `s_byZone.GetOrAdd(zone, _ => new List<string>()).Add(host)`: a thread-safe collection does not make
                // what it holds thread-safe; the list (or box) it hands every worker is one shared object.
                Report(run, Descriptors.NonAtomicStaticWrite, write, null, holder.Symbol.Name,
                    $"a static {holder.Type.Name} whose elements every worker shares, and this element is not thread-safe", what, run.Place.Description);
                break;
        }

        // Writes to what a field (of an instance or of the type) holds: judged at the type's end against the fields
        // that held a published object. A constructor builds before anything can publish it.
        if (root.Kind == ObjectKind.Field && root.Symbol is { } held &&
            !BuildsInConstructor(run) && !(held is IFieldSymbol { IsStatic: true } staticField && run.IsThreadStatic(staticField)))
        {
            _facts.AddFieldWrite(held, write, _owner);
        }

        // By-ref arguments of BCL calls (Interlocked, Volatile) are atomic or judged by WEFT0006; not this rule's.
        // A static field's object changed from every thread is WEFT0006's (reported above when not thread-safe).
        if (write is not IArgumentOperation && PerThreadCallbackOver(run, container) is { } callback && !UnderLock(write) && !WritesConcurrentType(write, run.WrittenLocation(write)) &&
            !(container is { Kind: ObjectKind.Fresh, Site: IObjectCreationOperation { Type: { } created } } && IsConcurrent(created)) &&
            !(root.Kind == ObjectKind.Field && root.Symbol is IFieldSymbol { IsStatic: true }))
        {
            Report(run, Descriptors.SharedPerWorkerState, write, null, callback.Place.Callee,
                $"it changes '{Describe(write)}', captured from outside, from every thread at once (use Interlocked or a concurrent type, or keep the state per thread)");
        }
    }

    /// <summary>
    /// The per-thread callback a write to <paramref name="container"/> runs in, when the object came from outside it: the
    /// callback itself, or a local function or lambda it runs in place (<c>usage => Accumulate(usage.Bytes)</c> where
    /// <c>Accumulate</c> adds to a captured dictionary), whose place is its worker's. Null otherwise.
    /// </summary>
    private static FlowRun? PerThreadCallbackOver(FlowRun run, AbstractObject container)
    {
        if (run.Place.IsPerThreadCallback)
        {
            return IsOuter(run, container) ? run : null;
        }

        if (run.Place.Kind != PlaceKind.Worker || run.Outer is null || !IsOuter(run, container))
        {
            return null;
        }

        for (FlowRun? current = run.Outer; current is not null; current = current.Outer)
        {
            if (current.Place.IsPerThreadCallback)
            {
                return IsOuter(current, container) ? current : null;
            }

            if (current.Place.Kind != PlaceKind.Worker)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The one object every worker shares through a static: a static field (not [ThreadStatic]) or a static get-only
    /// auto-property (`GameMetrics.Instance`, whose backing field is such a static).
    /// </summary>
    private static (ISymbol Symbol, ITypeSymbol Type)? SharedStatic(FlowRun run, ISymbol? symbol) => symbol switch
    {
        IFieldSymbol { IsStatic: true } field when !run.IsThreadStatic(field) => (field, field.Type),
        IPropertySymbol { IsStatic: true, IsIndexer: false, SetMethod: null } property when run.IsAutoProperty(property) => (property, property.Type),
        _ => null,
    };

    /// <summary>
    /// A constructor's own code (and what it runs in place) builds the object before anything can publish it; a lambda it
    /// registers on a timer or hands to another thread runs later, maybe after a publish, so it is not "the constructor".
    /// </summary>
    private static bool BuildsInConstructor(FlowRun run)
    {
        if (run.Root.Function is not { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor })
        {
            return false;
        }

        for (FlowRun nested = run; nested.Outer is { } outer; nested = outer)
        {
            if (nested.Place.LeavesCallerThread || IsStoredToRunLater(nested))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A lambda the code assigns rather than calls (<c>feed.Added += i => …</c>, <c>_onTick = () => …</c>): it is kept
    /// to run when the event is raised or the field invoked, after the constructor, maybe after a publish.
    /// </summary>
    private static bool IsStoredToRunLater(FlowRun run)
    {
        if (run.Function is not { MethodKind: MethodKind.AnonymousFunction, DeclaringSyntaxReferences.Length: 1 } function)
        {
            return false;
        }

        SyntaxNode lambda = function.DeclaringSyntaxReferences[0].GetSyntax();
        SyntaxNode? parent = lambda.Parent;
        while (parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            lambda = parent;
            parent = parent.Parent;
        }

        // Into a member (a field, a property, an event), not a local the constructor may call in place.
        return parent is AssignmentExpressionSyntax assignment && assignment.Right == lambda &&
               run.Graph.OriginalOperation.SemanticModel?.GetSymbolInfo(assignment.Left).Symbol is IFieldSymbol or IPropertySymbol or IEventSymbol;
    }

    public void FieldUpdate(FlowRun run, IOperation write, ISymbol field, string what, bool mutator)
    {
        if (field is IFieldSymbol threadStatic && run.IsThreadStatic(threadStatic))
        {
            return;
        }

        if (field is IFieldSymbol { IsVolatile: true })
        {
            Report(run, Descriptors.NonAtomicStaticWrite, write, null, field.Name, "volatile (each read and write is atomic, the read-modify-write is not)", what,
                run.Place.Kind == PlaceKind.Caller ? "any thread" : run.Place.Description);
        }
        else if (field.IsStatic && run.Place.IsWorkerCode && !UnderLock(write))
        {
            Report(run, Descriptors.NonAtomicStaticWrite, write, null, field.Name, "static state shared by every worker", what, run.Place.Description);
        }
    }

    public void CapturedAssignment(FlowRun run, IOperation write, ISymbol variable)
    {
        if (PerThreadCallbackAround(run, variable) is { } callback && !UnderLock(write))
        {
            Report(run, Descriptors.SharedPerWorkerState, write, null, callback.Place.Callee,
                $"it changes '{variable.Name}', captured from outside, from every thread at once (use Interlocked or a concurrent type, or keep the state per thread)");
        }
    }

    public void LoopMemberHandedOff(FlowRun run, IOperation site, IMethodSymbol member, Place place)
    {
        if (place.Kind == PlaceKind.OffPool)
        {
            ReportLoopMemberOffLoop(run, site, member, place.Description);
        }
    }

    public void LoopMemberRead(FlowRun run, IOperation read, ISymbol member, FlowState state)
    {
        string? where = run.Place.Kind == PlaceKind.OffPool ? run.Place.Description : state.OffLoop;
        if (where is not null)
        {
            ReportLoopMemberOffLoop(run, read, member, where);
        }
    }

    private void ReportLoopMemberOffLoop(FlowRun run, IOperation site, ISymbol member, string where)
    {
        // A slot's value is read too early or too late; any other loop-only member (a timer, a connection's Write) is
        // called on the wrong thread: the advice differs.
        bool slotValue = _symbols.SlotModeOf(member.ContainingType) is not null || _symbols.IsSlot(member.ContainingType);
        string verb = member is IMethodSymbol { MethodKind: MethodKind.Ordinary } ? "called" : "read";
        string advice = slotValue
            ? "the worker that owns the slot; read it before and pass the value"
            : $"the loop it belongs to; {(verb == "called" ? "call" : "read")} it on that loop (post the work to it)";
        Report(run, Descriptors.CurrentOffPool, site, null, member.ContainingType.Name, member.Name, verb, where, advice);
    }

    public void VariableUse(FlowRun run, IOperation use, ISymbol variable, ObjectSet objects, FlowState state)
    {
        bool handedOver = run.Place.LeavesCallerThread && run.IsCaptured(variable);
        string? where = handedOver ? run.Place.Description : state.OffLoop;
        if (where is null || VariableType(variable) is { IsValueType: true } valueType && !HoldsReferences(valueType, 0) ||
            ThreadSafeTypes.Contains(VariableType(variable)))
        {
            // A worker's concurrent queue or cancellation source is made to be used from any thread (WEFT0004's page).
            return;
        }

        RecordFieldObjects(objects, use, where);
        // A delegate that captured worker state carries it: invoking it there runs over that state on this thread. So
        // does a table of them (an array or dictionary of handlers, one picked by index there).
        // Captured by code that runs elsewhere, any worker state it holds goes there; after an await that may resume off
        // the loop, only state it held across such an await (what a `Current` read gives once off the loop is no
        // worker's: WEFT0005 reports that read).
        bool crossedOnly = !handedOver || run.CrossedOnly;
        ObjectSet reached = state.WithContents(objects);
        if ((WorkerObject(reached, crossedOnly) ?? CapturedWorkerObject(FlowEngine.HoldsDelegates(VariableType(variable)) ? reached : objects, state, crossedOnly)) is { } worker)
        {
            if ((_escapes ??= new()).Add((variable, run)))
            {
                Report(run, Descriptors.WorkerStateEscapes, use, null, variable.Name, worker.Description, where);
            }
        }
        else if (OwnPerWorkerFieldSource(objects) is { } own && (_escapes ??= new()).Add((variable, run)))
        {
            // `var pending = _pending; Task.Run(() => pending.Clear())` in a per-worker type: its own field's object.
            Report(run, Descriptors.WorkerStateEscapes, use, null, variable.Name, own, where);
        }
    }

    public void FieldRead(FlowRun run, IOperation read, ISymbol field, ObjectSet objects, FlowState state)
    {
        string? where = run.Place.LeavesCallerThread ? run.Place.Description : state.OffLoop;
        if (where is null || (run.Place.LeavesCallerThread && !(_fieldEscapes ??= new()).Add((field, run))))
        {
            // A lambda's capture is one hand-off (the WEFT0004 page): a field it uses is reported once, at its first
            // use there. After ConfigureAwait(false) each use of a field is still its own report (corpus rounds 4, 7).
            return;
        }

        if (WorkerObject(objects, crossedOnly: !run.Place.LeavesCallerThread || run.CrossedOnly) is { } worker)
        {
            Report(run, Descriptors.WorkerStateEscapes, read, null, field.Name, worker.Description, where);
        }
        else if ((run.Function is { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } || (run.Outer is null && !run.Place.LeavesCallerThread)) &&
                 !field.IsStatic && _symbols.IsPerWorkerSlot(field.ContainingType) &&
                 MemberType(field) is { } type && !_immutability.IsImmutable(type) && !IsConcurrent(type))
        {
            // Inside a per-worker slot type, `this` is the worker's own instance: what its fields hold is worker state.
            // For a lambda or local function capturing it, and for the member itself once it left the loop (after
            // ConfigureAwait(false)): a method group's receiver is reported where it is handed.
            Report(run, Descriptors.WorkerStateEscapes, read, null, field.Name, OwnWorkerDescription(field.ContainingType), where);
        }
        else if (!(run.Place is { LeavesCallerThread: true, HomeField: { } home } && run.Engine.StoredOnlyBesideOwnLoop(field, home)))
        {
            // (Posted to the loop its type keeps beside the field in every body that stores it, also another type's
            // field read in that type's method run here: the read goes back to the thread the field's state came from.)
            _facts.AddOffThreadFieldRead(field, read, where, run.Place.LeavesCallerThread ? run.Place.HomeField : null);
        }
    }

    private static ITypeSymbol? MemberType(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        // A primary constructor's parameter its members use: the instance keeps it in a hidden field.
        IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } } kept => kept.Type,
        _ => null,
    };

    public void FieldStore(FlowRun run, IOperation store, ISymbol field, ObjectSet objects, FlowState state)
    {
        // A [ThreadStatic] field is each thread's own: another thread reading it reads its own, never this worker's.
        // A table of delegates kept in a field (commands over the worker's state) carries what its handlers captured.
        string? source = field is IFieldSymbol threadStatic && run.IsThreadStatic(threadStatic)
            ? null
            : (WorkerObject(objects) ?? CapturedWorkerObject(FlowEngine.HoldsDelegates(MemberType(field)) ? state.WithContents(objects) : objects, state))?.Description ?? OwnPerWorkerFieldSource(objects);
        bool foreign = !SymbolEqualityComparer.Default.Equals(field.ContainingType?.OriginalDefinition, _owner.ContainingType?.OriginalDefinition);
        if (store is IObjectCreationOperation)
        {
            // Kept by a constructor (`new Lease(cache.Leases)`): judged only by what the member's own type does with it
            // (a finalizer, a timer it starts); an instance of it handed elsewhere is judged where it is handed.
            if (source is not null && foreign)
            {
                _facts.AddForeignWorkerStore(field, store, source);
            }

            return;
        }

        foreach (AbstractObject obj in objects)
        {
            if (obj.Root.Kind == ObjectKind.Snapshot)
            {
                // `_deny = Denylist.Current.Hosts;`: what the field holds is the snapshot's, so another method's
                // write into it is a write through Current (judged at the type's end against FieldWrites).
                _facts.AddSnapshotField(field, obj.Root.SlotType?.Name ?? obj.Root.Description);
                break;
            }
        }

        if (source is not null)
        {
            // A closure over worker state kept in a field carries that state wherever the field's delegate is run.
            _facts.AddWorkerField(field, source);
            _facts.AddWorkerFieldStore(field, _owner);
            if (foreign)
            {
                // Another type's field (or event): that type's bodies say whether it is read (raised) off the thread.
                _facts.AddForeignWorkerStore(field, store, source);
            }
        }

        (_stores ??= new()).Add((field, objects));
    }

    public void PublishedArgument(FlowRun run, IArgumentOperation argument, IMethodSymbol callee, IParameterSymbol published, ObjectSet objects)
    {
        // A language conversion (to an interface, a base type) keeps the object, judged by what it is; a user-defined one
        // (`implicit operator HostGroup(List<string>)`) hands over the object its operator returns, of its type.
        IOperation value = argument.Value is IConversionOperation { Conversion.IsUserDefined: false } conversion ? conversion.Operand : argument.Value;
        if (argument.ArgumentKind != ArgumentKind.Explicit || value.Type is not { } type || type.TypeKind == TypeKind.Delegate ||
            (value.ConstantValue.HasValue && value.ConstantValue.Value is null) || _symbols.SlotModeOf(type) is not null || IsSlotValue(published))
        {
            return;
        }

        if (type is ITypeParameterSymbol)
        {
            // A generic helper's T: what it is, each caller says (the helper's summary forwards the check to its calls).
            return;
        }

        type = HeldType(value, type, run.Graph.OriginalOperation);
        if ((type.TypeKind == TypeKind.Interface || type.SpecialType == SpecialType.System_Object) &&
            Helper(run, value is IInvocationOperation or IAwaitOperation or IPropertyReferenceOperation ? value : LocalValues.SoleInitializer(value, run.Graph.OriginalOperation)) is { } helper &&
            run.Engine.ReturnedTypeOf(helper.Method, dispatched: helper.Dispatched) is { } returned)
        {
            // `IReadOnlyList<string> names = registry.Snapshot();` (or the call as the argument) where every return of
            // Snapshot is an ImmutableArray: judged as what the helper hands back, as a local's initializer is. A
            // virtual or interface Snapshot hands back what its overrides return; a computed property of the user's
            // (an extension block's `registry.View`) is a helper too: its getter.
            type = returned;
        }
        else if ((type.TypeKind == TypeKind.Interface || type.SpecialType == SpecialType.System_Object) &&
                 LocalValues.SoleOutArgument(value, run.Graph.OriginalOperation) is { Parent: IInvocationOperation filler, Parameter.Ordinal: var ordinal } &&
                 run.Engine.OutTypeOf(filler.TargetMethod, ordinal, dispatched: filler.IsVirtual) is { } stored)
        {
            // `registry.TryGetHosts(out var hosts)`: the local holds what the helper stores in its out parameter.
            type = stored;
        }
        else if ((type.TypeKind == TypeKind.Interface || type.SpecialType == SpecialType.System_Object) &&
                 TupleElementOfHelper(run, value) is { } element &&
                 run.Engine.ReturnedElementTypeOf(element.Helper.Method, element.Index, dispatched: element.Helper.Dispatched) is { } elementType)
        {
            // `var (name, hosts) = registry.Snapshot();` or `registry.Snapshot().Hosts`: an element of the tuple the
            // helper hands back, judged by what every return puts there.
            type = elementType;
        }

        if (IsFreshReadOnlyView(value) || IsReadOnlyViewOfImmutable(value) || IsSequenceOverUnsharedMemory(value) ||
            (LocalValues.SoleInitializer(value, run.Graph.OriginalOperation) is { } initial &&
             (IsFreshReadOnlyView(initial) || IsReadOnlyViewOfImmutable(initial) || IsSequenceOverUnsharedMemory(initial))))
        {
            return;
        }

        // A [Published] parameter forwarded to another [Published] parameter: the value is checked where it entered, at
        // the call of the forwarding method, so reporting it again here would flag every wrapper over the posting API.
        if (value is IParameterReferenceOperation { Parameter: { } forwarded } && (run.Roles.Of(forwarded) & Role.Published) != 0)
        {
            return;
        }

        if (_immutability.WhyMutable(type) is not null)
        {
            Report(run, Descriptors.MutableBroadcastArgument, argument, null, argument.Syntax.ToString(),
                type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), $"{callee.ContainingType.Name}.{callee.Name}");
        }
    }

    /// <summary>
    /// The helper a value is one element of the returned tuple of: a local deconstructed from its call, or a tuple
    /// element read from the call (directly or through a local it initialized).
    /// </summary>
    private static ((IMethodSymbol Method, bool Dispatched) Helper, int Index)? TupleElementOfHelper(FlowRun run, IOperation value)
    {
        IOperation body = run.Graph.OriginalOperation;
        if (LocalValues.SoleDeconstruction(value, body) is { } deconstructed)
        {
            return Helper(run, FlowRun.Unconverted(deconstructed.Source)) is { } helper ? (helper, deconstructed.Index) : null;
        }

        if (value is IFieldReferenceOperation { Field: { ContainingType: { IsTupleType: true } tupleType } element, Instance: { } instance })
        {
            int index = -1;
            for (int i = 0; i < tupleType.TupleElements.Length; i++)
            {
                if (SymbolEqualityComparer.Default.Equals(tupleType.TupleElements[i], element) ||
                    SymbolEqualityComparer.Default.Equals(tupleType.TupleElements[i].CorrespondingTupleField, element.CorrespondingTupleField))
                {
                    index = i;
                }
            }

            IOperation? source = instance is IInvocationOperation or IPropertyReferenceOperation ? instance : LocalValues.SoleInitializer(instance, body);
            return index >= 0 && Helper(run, source) is { } helper ? (helper, index) : null;
        }

        return null;
    }

    /// <summary>
    /// The helper whose <c>return</c>s say what a value is, and whether a call of it dispatches (virtual or interface): a
    /// method called (see <see cref="HelperCall"/>), or the getter
    /// of a computed property in source that no override replaces (<c>registry.View</c> of an extension block).
    /// </summary>
    private static (IMethodSymbol Method, bool Dispatched)? Helper(FlowRun run, IOperation? value)
    {
        if (value is IPropertyReferenceOperation { Property: { GetMethod: { IsVirtual: false, IsAbstract: false, IsOverride: false } getter } property } &&
            run.Engine.IsInSource(getter) && !run.IsAutoProperty(property))
        {
            return (getter, false);
        }

        return HelperCall(value) is { } call ? (call.TargetMethod, call.IsVirtual) : null;
    }

    /// <summary>
    /// The call of a helper whose <c>return</c>s say what a value is: the call itself, or an <c>async</c> helper's call
    /// awaited (<c>var peers = await LoadAsync();</c>, also through <c>ConfigureAwait</c>): its returns are the task's result.
    /// </summary>
    private static IInvocationOperation? HelperCall(IOperation? value)
    {
        if (value is not IAwaitOperation { Operation: var awaited })
        {
            return value as IInvocationOperation;
        }

        if (awaited is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } configured })
        {
            awaited = configured;
        }

        return awaited is IInvocationOperation { TargetMethod.IsAsync: true } asyncHelper ? asyncHelper : null;
    }

    /// <summary>
    /// What a value of a type that does not decide (an interface, <c>object</c>) holds, when the code says: a local
    /// assigned once, at its declaration (<c>object message = string.Join(",", hosts);</c>). Otherwise the declared type.
    /// </summary>
    private static ITypeSymbol HeldType(IOperation value, ITypeSymbol declared, IOperation body) =>
        (declared.TypeKind == TypeKind.Interface || declared.SpecialType == SpecialType.System_Object) &&
        LocalValues.SoleInitializer(value, body) is { Type: { } initial } ? initial : declared;

    /// <summary>A read-only view over an array made for it (<c>new ReadOnlyMemory&lt;byte&gt;(pem.ToArray())</c>): nobody else holds the memory.</summary>
    private static bool IsFreshReadOnlyView(IOperation value) =>
        value is IObjectCreationOperation { Type: INamedTypeSymbol { Name: "ReadOnlyMemory" or "ReadOnlySpan" or "ArraySegment", ContainingNamespace.Name: "System" }, Arguments.Length: > 0 } creation &&
        IsFreshArray(creation.Arguments[0].Value is IConversionOperation { Operand: var converted } ? converted : creation.Arguments[0].Value) ||
        // The same view made by the type's implicit conversion from an array (`Load(pem[16..])` to a ReadOnlyMemory<byte>).
        value is IConversionOperation { Conversion.IsUserDefined: true, Type: INamedTypeSymbol { Name: "ReadOnlyMemory" or "ReadOnlySpan" or "ArraySegment", ContainingNamespace.Name: "System" }, Operand: var viewed } &&
        IsFreshArray(viewed);

    /// <summary>An array made for the call: created there, copied by <c>ToArray()</c>, or a range of an array (<c>pem[16..]</c> copies).</summary>
    private static bool IsFreshArray(IOperation value) =>
        value is IArrayCreationOperation or IInvocationOperation { TargetMethod.Name: "ToArray" } ||
        value is IArrayElementReferenceOperation { Indices.Length: 1 } range && range.Indices[0].Type is { Name: "Range", ContainingNamespace.Name: "System" };

    /// <summary>
    /// A sequence over memory nobody else holds or can change (<c>new ReadOnlySequence&lt;byte&gt;(immutable.AsMemory())</c>,
    /// or over an array made for it): a sequence is the memory it views.
    /// </summary>
    private bool IsSequenceOverUnsharedMemory(IOperation value)
    {
        if (value is not IObjectCreationOperation { Type: INamedTypeSymbol { Name: "ReadOnlySequence", ContainingNamespace: { Name: "Buffers", ContainingNamespace.Name: "System" } }, Arguments.Length: > 0 } creation)
        {
            return false;
        }

        IOperation viewed = creation.Arguments[0].Value is IConversionOperation { Operand: var converted } ? converted : creation.Arguments[0].Value;
        return IsFreshArray(viewed) || IsFreshReadOnlyView(viewed) || IsReadOnlyViewOfImmutable(viewed);
    }

    /// <summary>
    /// A read-only view over an immutable value (<c>immutableBytes.AsMemory()</c>, WEFT0001's own advice where an API needs
    /// a <c>ReadOnlyMemory&lt;byte&gt;</c>): nobody can change the memory behind it.
    /// </summary>
    private bool IsReadOnlyViewOfImmutable(IOperation value)
    {
        if (value is not IInvocationOperation { Type: INamedTypeSymbol { Name: "ReadOnlyMemory" or "ReadOnlySpan", ContainingNamespace.Name: "System" } } call)
        {
            return false;
        }

        IOperation? source = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
        while (source is IConversionOperation { IsImplicit: true } conversion)
        {
            source = conversion.Operand;
        }

        return source?.Type is { } sourceType && _immutability.WhyMutable(sourceType) is null;
    }

    /// <summary>
    /// What the message says was handed: the handler of an event subscription (<c>OnElapsed</c> in
    /// <c>_t.Elapsed += OnElapsed</c>, not the whole subscription), else the handed expression as written.
    /// </summary>
    private static string HandedName(IOperation site)
    {
        IOperation named = site is IEventAssignmentOperation subscription ? subscription.HandlerValue : site;
        while (true)
        {
            switch (named)
            {
                case IDelegateCreationOperation creation:
                    named = creation.Target;
                    continue;
                case IConversionOperation { IsImplicit: true } conversion:
                    named = conversion.Operand;
                    continue;
                default:
                    return named.Syntax.ToString();
            }
        }
    }

    /// <summary>Objects held by fields reach another thread: reported at the type's end if a field held worker state.</summary>
    private void RecordFieldObjects(ObjectSet objects, IOperation use, string where, ISymbol? homeField = null)
    {
        foreach (AbstractObject obj in objects)
        {
            if (obj.Root is { Kind: ObjectKind.Field, Symbol: { } field })
            {
                _facts.AddOffThreadFieldRead(field, use, where, homeField);
            }
        }
    }

    public void HandedOff(FlowRun run, IOperation site, ObjectSet objects, Place place)
    {
        if (place.LeavesCallerThread)
        {
            RecordFieldObjects(objects, site, place.Description, place.HomeField);
        }

        if (place.LeavesCallerThread && !ThreadSafeTypes.Contains(HandedType(site)) && WorkerObject(run.State.WithContents(objects)) is { } worker)
        {
            Report(run, Descriptors.WorkerStateEscapes, site, null, HandedName(site), worker.Description, place.Description);
        }
        else if (place.LeavesCallerThread && !ThreadSafeTypes.Contains(HandedType(site)) && OwnPerWorkerField(objects) is { } own)
        {
            // Detached.Run(_buffer, …) in a per-worker type: what its own field holds is its worker's state.
            Report(run, Descriptors.WorkerStateEscapes, site, null, HandedName(site), OwnWorkerDescription(own.ContainingType), place.Description);
        }
    }

    /// <summary>
    /// The per-thread callback (run on every thread at once) the write runs in, when the variable was declared outside
    /// it: the callback itself, or a lambda it runs (<c>cache.Names.ForEach(n => longNames++)</c>). Null otherwise.
    /// </summary>
    private static FlowRun? PerThreadCallbackAround(FlowRun run, ISymbol variable)
    {
        for (FlowRun? current = run; current is not null; current = current.Outer)
        {
            if (current.Function is { } function && SymbolEqualityComparer.Default.Equals(variable.ContainingSymbol, function))
            {
                return null;
            }

            if (current.Place.IsPerThreadCallback)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>The type of the value handed over at an argument (before its conversion to the parameter's type).</summary>
    private static ITypeSymbol? HandedType(IOperation site) =>
        FlowRun.Unconverted(site is IArgumentOperation argument ? argument.Value : site).Type;

    public void ByRefParameterAssigned(FlowRun run, IOperation write, IParameterSymbol parameter, ObjectSet objects)
    {
    }

    public void MemberDelegateRun(FlowRun run, IOperation invocation, AbstractObject member)
    {
        // What the member holds is judged where it was stored (FieldStore) or where a caller knows it (summaries).
    }

    public void OwnVirtualCallElsewhere(FlowRun run, IInvocationOperation invocation, IMethodSymbol method)
    {
        // The override that runs is the caller's object's: judged at the caller's call, through the summary.
    }

    public void Returned(FlowRun run, IOperation value, ObjectSet objects)
    {
        if (run.Place.Kind != PlaceKind.Factory)
        {
            return;
        }

        foreach (AbstractObject obj in objects)
        {
            if (IsOuter(run, obj))
            {
                Report(run, Descriptors.SharedPerWorkerState, value, null, run.Place.Callee,
                    $"it returns '{value.Syntax}', one instance for every thread (build a new one per call)");
                return;
            }
        }
    }

    /// <summary>Memory the callback did not make or receive itself: captured from the code that handed it over.</summary>
    private static bool IsOuter(FlowRun run, AbstractObject obj)
    {
        if (run.Outer is null)
        {
            return false;
        }

        AbstractObject root = obj.Root;
        return root.Kind switch
        {
            ObjectKind.Fresh => root.Site is { } site && !run.Graph.OriginalOperation.Syntax.Span.Contains(site.Syntax.Span),
            ObjectKind.Field or ObjectKind.This => true,
            ObjectKind.Parameter => root.Symbol is IParameterSymbol parameter && !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, run.Function),
            _ => false,
        };
    }

    /// <summary>A slot's own value (typed by the slot's type parameter): WEFT0001 judges its type, not this rule.</summary>
    private static bool IsSlotValue(IParameterSymbol? parameter) =>
        parameter?.OriginalDefinition.Type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type };

    /// <summary>A mutator call or an element write; by-ref arguments (Interlocked, Volatile) are atomic helpers.</summary>
    private static string? WhatChanges(IOperation write, IOperation? location) => (write, location) switch
    {
        (IInvocationOperation invocation, _) => $"call to {invocation.TargetMethod.Name}",
        // `Reloads.Reloaded += h` on an event whose own add accessor changes a static collection.
        (IEventAssignmentOperation { EventReference: IEventReferenceOperation { Event: var @event } } assignment, _) =>
            $"call to the event's {(assignment.Adds ? "add" : "remove")} accessor ({@event.Name})",
        (IAssignmentOperation, IPropertyReferenceOperation { Property.IsIndexer: true } or IArrayElementReferenceOperation) => "element write",
        (IIncrementOrDecrementOperation, IPropertyReferenceOperation { Property.IsIndexer: true } or IArrayElementReferenceOperation) => "element update",
        // s_box.Value++, s_totals.Bytes += n: a read-modify-write of a member of the one shared object.
        (IIncrementOrDecrementOperation or ICompoundAssignmentOperation, IMemberReferenceOperation) => "read-modify-write of a member",
        _ => null,
    };

    /// <summary>A write through a member of a thread-safe collection (<c>map[key] = v</c> on a ConcurrentDictionary).</summary>
    private static bool WritesConcurrentType(IOperation write, IOperation? location) => (write, location) switch
    {
        (IInvocationOperation { Instance.Type: { } type }, _) => IsConcurrent(type),
        (IAssignmentOperation or IIncrementOrDecrementOperation, IMemberReferenceOperation { Instance.Type: { } type }) => IsConcurrent(type),
        _ => false,
    };

    private static bool IsConcurrent(ITypeSymbol type) => ThreadSafeTypes.Contains(type);

    /// <summary>
    /// An array, list or dictionary: what is read from it stays in it, shared by every reader. Not a stack, queue or bag:
    /// a pool hands each taker an element no one else holds.
    /// </summary>
    private static bool IsCollection(ITypeSymbol type) =>
        type is IArrayTypeSymbol ||
        type is INamedTypeSymbol { Name: "List" or "Dictionary" or "SortedDictionary" or "ConcurrentDictionary", TypeArguments.Length: > 0, ContainingNamespace: { Name: "Generic" or "Concurrent", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } } ||
        // A ConditionalWeakTable is thread-safe; the value it hands every worker for one key is not.
        type is INamedTypeSymbol { Name: "ConditionalWeakTable", TypeArguments.Length: 2, ContainingNamespace: { Name: "CompilerServices", ContainingNamespace: { Name: "Runtime", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

    /// <summary>Worker-owned state a delegate among <paramref name="objects"/> captured (or is bound to), as it was at the store.</summary>
    /// <remarks>
    /// With <paramref name="crossedOnly"/>, a lambda's captured variables count only with state they held across an
    /// await that may resume off the loop, and a method group's receiver only when the delegate itself was held across
    /// it (its crossed twin carries the crossed receiver).
    /// </remarks>
    private static AbstractObject? CapturedWorkerObject(ObjectSet objects, FlowState state, bool crossedOnly = false)
    {
        foreach (AbstractObject obj in objects)
        {
            if (obj.Kind != ObjectKind.Delegate)
            {
                continue;
            }

            if (WorkerObject(obj.Receiver, crossedOnly) is { } bound)
            {
                return bound;
            }

            if (obj.Key is not IFlowAnonymousFunctionOperation lambda || obj.Graph is not { } graph)
            {
                continue;
            }

            foreach (BasicBlock block in graph.GetAnonymousFunctionControlFlowGraph(lambda).Blocks)
            {
                foreach (IOperation operation in block.BranchValue is null ? block.Operations : block.Operations.Add(block.BranchValue))
                {
                    foreach (IOperation use in operation.DescendantsAndSelf())
                    {
                        ISymbol? variable = use switch
                        {
                            ILocalReferenceOperation local => local.Local,
                            IParameterReferenceOperation parameter => parameter.Parameter,
                            _ => null,
                        };
                        if (variable is not null && !SymbolEqualityComparer.Default.Equals(variable.ContainingSymbol, lambda.Symbol) &&
                            WorkerObject(state.Get(variable), crossedOnly) is { } captured)
                        {
                            return captured;
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// An instance field of a per-worker slot type among the objects, read through the type's own <c>this</c> (the
    /// only way such a field object arises) and of a type that is neither immutable nor thread-safe: worker state.
    /// </summary>
    /// <summary>For a per-worker type's own field's object kept elsewhere (<c>new Lease(_leases)</c>): where it came from.</summary>
    private string? OwnPerWorkerFieldSource(ObjectSet objects) =>
        OwnPerWorkerField(objects) is { } own ? OwnWorkerDescription(own.ContainingType) : null;

    private static string OwnWorkerDescription(INamedTypeSymbol perWorkerType) => $"its own per-worker '{perWorkerType.Name}' (this)";

    private ISymbol? OwnPerWorkerField(ObjectSet objects)
    {
        foreach (AbstractObject obj in objects)
        {
            if (obj is { Kind: ObjectKind.Field, Symbol: { IsStatic: false } field } && _symbols.IsPerWorkerSlot(field.ContainingType) &&
                MemberType(field) is { } type && !_immutability.IsImmutable(type) && !IsConcurrent(type))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The worker-owned object among <paramref name="objects"/>; with <paramref name="crossedOnly"/>, one held across an await that may resume off the loop.</summary>
    private static AbstractObject? WorkerObject(ObjectSet objects, bool crossedOnly = false)
    {
        // A loop, not FirstOrDefault: that enumerates the set through an interface (an enumerator per call).
        foreach (AbstractObject obj in objects)
        {
            if (obj.Root.Kind == ObjectKind.Worker && (!crossedOnly || obj.CrossedOffLoop))
            {
                return obj.Root;
            }
        }

        return null;
    }

    /// <summary>
    /// A struct that can carry an object (a tuple, a pair, a record struct holding a list) goes where its copy goes
    /// with that object; one of numbers, strings and views of numbers is a copy and may go anywhere. Decided by its
    /// type arguments and, for a source struct, its fields.
    /// </summary>
    private static bool HoldsReferences(ITypeSymbol type, int depth)
    {
        if (type.SpecialType == SpecialType.System_String || type.TypeKind is TypeKind.Enum or TypeKind.Pointer or TypeKind.FunctionPointer || depth > 3)
        {
            return false;
        }

        if (!type.IsValueType)
        {
            return true;
        }

        if (type is not INamedTypeSymbol named || type.SpecialType != SpecialType.None)
        {
            return false;
        }

        if (BclKnowledge.IsViewStruct(named))
        {
            return true;
        }

        foreach (ITypeSymbol argument in named.TypeArguments)
        {
            if (HoldsReferences(argument, depth + 1))
            {
                return true;
            }
        }

        if (named.Locations.Any(l => l.IsInSource))
        {
            foreach (ISymbol member in named.GetMembers())
            {
                if (member is IFieldSymbol { IsStatic: false } field && HoldsReferences(field.Type, depth + 1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ITypeSymbol? VariableType(ISymbol variable) => variable switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        _ => null,
    };

    private static bool UnderLock(IOperation write) => FlowRun.UnderLock(write);

    private static string Describe(IOperation write) => write switch
    {
        IInvocationOperation { Instance: { } instance } => instance.Syntax.ToString(),
        ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: { } instance } } => instance.Syntax.ToString(),
        _ => write.Syntax.ToString(),
    };

    /// <summary>At the end of the type: writes to fields that held published objects, and off-thread reads of worker-owned fields.</summary>
    /// <param name="facts">The facts the type's own bodies recorded.</param>
    /// <param name="report">Where the diagnostics go.</param>
    /// <param name="enabled">The rules reported.</param>
    /// <param name="declaredWorkerField">For a field another type declares: where the worker state it held came from (that type's bodies decide), or null.</param>
    /// <param name="declaredOffThreadRead">For a field another type declares: where that type's bodies read (raise) it off the caller's thread, or null.</param>
    /// <param name="loopKeepers">For a dispatcher field: the bodies that store the calling loop in it, or null when anything else is stored there (see <see cref="FlowEngine.LoopKeepersOf"/>).</param>
    /// <param name="baseSnapshotField">For a field a base class declares: the snapshot whose data that class kept there, or null.</param>
    public static void ReportTypeFacts(TypeFacts facts, Action<Diagnostic> report, Func<string, bool> enabled, Func<ISymbol, string?> declaredWorkerField, Func<ISymbol, string?> declaredOffThreadRead,
        Func<ISymbol, ImmutableHashSet<ISymbol>?> loopKeepers, Func<ISymbol, string?> baseSnapshotField)
    {
        if (enabled(Descriptors.WriteAfterPublishId))
        {
            facts.ClosePublishedFields();
            foreach (var (field, write, _) in facts.FieldWrites)
            {
                // The write changes what the field held when the method was entered (FieldWrites holds no other), and
                // some call of a method of the type published what the field holds: a call before this one did, in
                // this method too (a write above the publish changes what the previous call published).
                if (!facts.TryGetPublications(field, out var publications))
                {
                    continue;
                }

                // In source order, so the message names the same publish on every build.
                Publication publication = publications.OrderBy(p => p.Publication.Call.Syntax.SyntaxTree.FilePath, StringComparer.Ordinal).ThenBy(p => p.Publication.Call.Syntax.SpanStart).First().Publication;
                if (facts.TryReport(Descriptors.WriteAfterPublishId, write.Syntax.GetLocation()))
                {
                    report(Diagnostic.Create(Descriptors.WriteAfterPublish, write.Syntax.GetLocation(), write.Syntax.ToString(), publication.Via));
                }
            }
        }

        if (enabled(Descriptors.WriteThroughCurrentId))
        {
            foreach (var (field, write, _) in facts.FieldWrites)
            {
                // The write changes what the field held when its method was entered, and some body of the type kept a
                // snapshot's data there (a handler caching Current's list for its other methods), or of a base class
                // that declares it (`protected readonly Catalog Catalog = Shared.Catalog;`).
                if ((facts.TryGetSnapshotField(field, out string snapshot) || baseSnapshotField(field) is { } inherited && (snapshot = inherited) is not null) &&
                    facts.TryReport(Descriptors.WriteThroughCurrentId, write.Syntax.GetLocation()))
                {
                    report(Diagnostic.Create(Descriptors.WriteThroughCurrent, write.Syntax.GetLocation(), write.Syntax.ToString(), snapshot));
                }
            }
        }

        if (enabled(Descriptors.WorkerStateEscapesId))
        {
            foreach (var (field, read, where, home) in facts.OffThreadFieldReads)
            {
                // `_home.Post(_flush)` where one method keeps both `Dispatcher.Current` and the flush over its worker's
                // state: the post goes back to that worker.
                if (home is not null && loopKeepers(home) is { } keepers && facts.StoredOnlyBy(field, keepers))
                {
                    continue;
                }

                if ((facts.TryGetWorkerField(field, out string source) || declaredWorkerField(field) is { } declared && (source = declared) is not null) &&
                    facts.TryReport(Descriptors.WorkerStateEscapesId, read.Syntax.GetLocation()))
                {
                    report(Diagnostic.Create(Descriptors.WorkerStateEscapes, read.Syntax.GetLocation(), field.Name, source, where));
                }
            }

            foreach (var (field, store, source) in facts.ForeignWorkerStores)
            {
                if (declaredOffThreadRead(field) is { } where && facts.TryReport(Descriptors.WorkerStateEscapesId, store.Syntax.GetLocation()))
                {
                    report(Diagnostic.Create(Descriptors.WorkerStateEscapes, store.Syntax.GetLocation(), field.Name, source, where));
                }
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers.Engine;

/// <summary>
/// One forward dataflow over one body's <see cref="ControlFlowGraph"/>: the basic blocks are iterated to a fixpoint
/// (loops run their bodies again with what the back edge brings), then one last pass tells the observer what happens
/// where, with the converged state. Delegates handed to other threads are analysed as nested runs at that point.
/// </summary>
internal sealed class FlowRun
{
    private const int MaxRounds = 20;
    private const string ThisVariable = "this";

    private readonly FlowEngine _engine;
    private readonly IFlowObserver _observer;
    private readonly HashSet<object> _handedOff = new(VariableComparer.Instance);
    private HashSet<IOperation>? _localCallsRun;

    // Lambdas and local functions invoked through a delegate in a per-thread callback, run with the rules at each call.
    private HashSet<(IOperation, object)>? _delegatesRunHere;
    private readonly Dictionary<CaptureId, IOperation> _locations = new();

    // Captures of a location whose value is also read (a lowered `s ??= v` tests it before assigning): an assignment
    // through one of these is a read-modify-write; through one only assigned (`s = c ? a : b`) it is a plain store.
    private HashSet<CaptureId>? _locationsReadAsValue;
    private readonly List<(AbstractObject Lambda, FlowState State)> _lambdas = new();
    // Publish's work list, kept per thread (Publish calls nothing that publishes again).
    [System.ThreadStatic]
    private static Stack<AbstractObject>? t_publishPending;

    private readonly Dictionary<object, ObjectSet> _pending = new(VariableComparer.Instance);
    private FlowState _state = FlowState.Empty;
    private bool _reporting;

    // Evaluating the state argument of a post back to the calling thread's own loop (`home.Post(cb, cache)` after
    // ConfigureAwait(false)): handing the reference home is no use of it off the loop; the callback's use is judged there.
    private bool _passingToOwnLoop;
    // Ref locals bound to a library call that changes its argument and returns a ref into it (GetValueRefOrAddDefault):
    // the call is the change reported, an update through the local is the same one.
    private HashSet<ILocalSymbol>? _refsIntoChangedArguments;

    /// <summary>
    /// For a delegate a callee returned: its captured variables, bound where it was made. Their objects were reported
    /// where the delegate was handed over, so their uses inside it are not reported again.
    /// </summary>
    public ImmutableDictionary<object, ObjectSet> Closure { get; init; } = ImmutableDictionary<object, ObjectSet>.Empty;

    /// <summary>
    /// What the body returns on its paths that it did not make itself (read after <see cref="Run"/>): for a local
    /// function or lambda run in place, the caller's objects it hands back (<c>Pool Warm() => warmed;</c>). What it
    /// allocates is left to its summary, which makes a new object at each call.
    /// </summary>
    public ObjectSet ReturnedObjects { get; private set; } = FlowState.NoObjects;

    /// <summary>The thread roles of the compilation's symbols.</summary>
    public ThreadRoles Roles => _engine.Roles;

    /// <summary>The engine this run belongs to (the rules ask it about other bodies).</summary>
    public FlowEngine Engine => _engine;

    public FlowRun(FlowEngine engine, ControlFlowGraph graph, IMethodSymbol? function, Place place, IFlowObserver observer, int depth, FlowRun? outer)
    {
        _engine = engine;
        Graph = graph;
        Function = function;
        Place = place;
        _observer = observer;
        Depth = depth;
        Outer = outer;
    }

    public ControlFlowGraph Graph { get; }

    /// <summary>The method, accessor, local function or lambda whose body this is (null for initializers).</summary>
    public IMethodSymbol? Function { get; }

    public Place Place { get; }

    public int Depth { get; }

    /// <summary>The run that handed this delegate off, or null for a top-level body.</summary>
    public FlowRun? Outer { get; }

    /// <summary>The operation of <see cref="Outer"/> that handed this delegate over (an argument, a work item), when there is one.</summary>
    public IOperation? HandOffSite { get; init; }

    /// <summary>
    /// For a delegate run on its caller's own thread after an <c>await</c> that may resume off the loop (a
    /// <c>Lazy&lt;T&gt;</c> forced there, a member delegate a callee runs there): worker state it reaches counts only
    /// when it was held across such an <c>await</c>, as for the caller's own uses there (a value read again since is
    /// WEFT0005's at that read). A delegate handed to another thread takes any worker state it reaches.
    /// </summary>
    public bool CrossedOnly { get; init; }

    /// <summary>The top-level run this one is nested in (itself when top-level).</summary>
    public FlowRun Root => Outer?.Root ?? this;

    /// <summary>Every object this run ever saw published (field facts are decided on it at the end); null while none was.</summary>
    /// <remarks>Kept by the top-level run only (nested runs record into their root's), so made on the first publication.</remarks>
    public Dictionary<AbstractObject, Publication>? EverPublished { get; private set; }

    /// <summary>The state at the body's exit, once the engine has run it (null before): what its fields hold then.</summary>
    public FlowState? ExitState { get; set; }

    /// <summary>
    /// The states on the edges into the exit, one per path (not joined), when no edge into the exit runs a finally
    /// region on its way (whose blocks would change the state after the edge's source): which publications and which
    /// field contents go together on each path. Kept for a top-level body only (what FlowRules judges); empty otherwise,
    /// or before the body ran.
    /// </summary>
    public ImmutableArray<FlowState> ExitPaths { get; private set; } = ImmutableArray<FlowState>.Empty;

    public FlowState Run(FlowState entry)
    {
        ImmutableArray<BasicBlock> blocks = Graph.Blocks;
        bool finallyRegions = HasFinally(Graph.Root);
        var input = new FlowState?[blocks.Length];
        var output = new FlowState?[blocks.Length];
        input[0] = entry;

        if (!finallyRegions && IsForwardOnly(blocks))
        {
            // Without loops, back jumps or finally blocks every edge runs forward in block order: one pass in that order
            // gives each block the input the fixpoint would converge to (its predecessors are final before it), and the
            // reporting pass changes no state, only tells the observer. So that one pass reports, at half the work.
            _reporting = true;
            for (int i = 0; i < blocks.Length; i++)
            {
                if (InputOf(blocks[i], input, output, finallyRegions) is { } @in)
                {
                    input[i] = @in;
                    output[i] = Transfer(blocks[i], @in);
                }
            }

            FlowState acyclicExit = output[blocks.Length - 1] ?? entry;
            ExitPaths = Outer is null ? PathsIntoExit(blocks, output, finallyRegions: false) : ExitPaths;
            RunInlineFunctions(acyclicExit);
            return acyclicExit;
        }

        // A block's transfer is a function of its input alone (outside the reporting pass), and its input of its
        // predecessors' outputs: a block none of whose predecessors changed since its last transfer would compute
        // the same output again, so it is skipped. Steps are counted so "changed since" is one comparison.
        var changedAt = new int[blocks.Length];
        var transferredAt = new int[blocks.Length];
        for (int i = 0; i < blocks.Length; i++)
        {
            changedAt[i] = -1;
            transferredAt[i] = -1;
        }

        int step = 0;
        bool changed = true;
        for (int round = 0; changed && round < MaxRounds; round++)
        {
            changed = false;
            for (int i = 0; i < blocks.Length; i++)
            {
                if (transferredAt[i] >= 0 && !InputMayHaveChanged(blocks[i], changedAt, transferredAt[i], finallyRegions))
                {
                    continue;
                }

                FlowState? @in = InputOf(blocks[i], input, output, finallyRegions);
                if (@in is null)
                {
                    continue;
                }

                input[i] = @in;
                transferredAt[i] = ++step;
                FlowState @out = Transfer(blocks[i], @in);
                if (output[i] is null || !output[i]!.SameAs(@out))
                {
                    output[i] = output[i] is null ? @out : FlowState.Join(output[i]!, @out);
                    changedAt[i] = ++step;
                    changed = true;
                }
            }
        }

        _reporting = true;
        for (int i = 0; i < blocks.Length; i++)
        {
            if (input[i] is { } converged)
            {
                Transfer(blocks[i], converged);
            }
        }

        FlowState exit = output[blocks.Length - 1] ?? entry;
        ExitPaths = Outer is null ? PathsIntoExit(blocks, output, finallyRegions) : ExitPaths;

        RunInlineFunctions(exit);
        return exit;
    }

    private static ImmutableArray<FlowState> PathsIntoExit(ImmutableArray<BasicBlock> blocks, FlowState?[] output, bool finallyRegions)
    {
        var paths = ImmutableArray.CreateBuilder<FlowState>();
        foreach (ControlFlowBranch branch in blocks[blocks.Length - 1].Predecessors)
        {
            if (finallyRegions && !branch.FinallyRegions.IsEmpty)
            {
                // A path that runs finally blocks on its way out changes the state after its source block: not known here.
                return ImmutableArray<FlowState>.Empty;
            }

            if (output[branch.Source.Ordinal] is { } state)
            {
                paths.Add(state);
            }
        }

        return paths.ToImmutable();
    }

    /// <summary>True when every edge goes from a block to a later one (no loop, no backward jump).</summary>
    private static bool IsForwardOnly(ImmutableArray<BasicBlock> blocks)
    {
        foreach (BasicBlock block in blocks)
        {
            foreach (ControlFlowBranch branch in block.Predecessors)
            {
                if (branch.Source.Ordinal >= block.Ordinal)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Where code called inline from this body runs: here (a per-thread callback's helpers are its worker's code).</summary>
    private Place InlinePlace => Place.IsPerThreadCallback ? new Place(PlaceKind.Worker, Place.Description) : Place;

    /// <summary>
    /// Lambdas and local functions not handed to another thread run here (LINQ, events, helpers, direct calls): on
    /// this thread, with the state where they were made (local functions: the state at the end).
    /// </summary>
    private void RunInlineFunctions(FlowState exit)
    {
        Place inline = InlinePlace;
        foreach ((AbstractObject lambda, FlowState state) in _lambdas)
        {
            if (_handedOff.Add(lambda.Key!))
            {
                _engine.RunDelegate(this, lambda, inline, state, _observer);
            }
        }

        foreach (IMethodSymbol local in Graph.LocalFunctions)
        {
            if (_handedOff.Add(local))
            {
                _engine.RunDelegate(this, AbstractObject.MethodGroup(local, FlowState.NoObjects, Graph), inline, exit, _observer);
            }
        }
    }

    /// <summary>
    /// True when the graph has a finally region: only then can a branch run finally blocks on its way (a branch's
    /// <see cref="ControlFlowBranch.FinallyRegions"/> is computed on first use, which is not free on every edge).
    /// </summary>
    private static bool HasFinally(ControlFlowRegion region)
    {
        if (region.Kind == ControlFlowRegionKind.Finally)
        {
            return true;
        }

        foreach (ControlFlowRegion nested in region.NestedRegions)
        {
            if (HasFinally(nested))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InputMayHaveChanged(BasicBlock block, int[] changedAt, int transferredAt, bool finallyRegions)
    {
        if (block.Kind == BasicBlockKind.Entry)
        {
            return false;
        }

        if (block.Predecessors.IsEmpty)
        {
            // Catch and finally blocks join every block before them.
            for (int i = 0; i < block.Ordinal; i++)
            {
                if (changedAt[i] > transferredAt)
                {
                    return true;
                }
            }

            return false;
        }

        foreach (ControlFlowBranch branch in block.Predecessors)
        {
            if (changedAt[branch.Source.Ordinal] > transferredAt)
            {
                return true;
            }

            if (!finallyRegions)
            {
                continue;
            }

            foreach (ControlFlowRegion region in branch.FinallyRegions)
            {
                if (changedAt[region.LastBlockOrdinal] > transferredAt)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static FlowState? InputOf(BasicBlock block, FlowState?[] input, FlowState?[] output, bool finallyRegions)
    {
        if (block.Kind == BasicBlockKind.Entry)
        {
            return input[block.Ordinal];
        }

        FlowState? joined = null;
        foreach (ControlFlowBranch branch in block.Predecessors)
        {
            // A branch out of a try runs its finally blocks on the way (innermost first): the state it arrives with is
            // what the outermost one left, whose input already holds the branch's source (a finally block joins every
            // block before it). The source's own state is not joined in: `finally { batch = new(); }` leaves the new
            // list, not the published one, on every path out.
            ImmutableArray<ControlFlowRegion> finallies = finallyRegions ? branch.FinallyRegions : ImmutableArray<ControlFlowRegion>.Empty;
            FlowState? arriving = finallies.IsEmpty ? output[branch.Source.Ordinal] : output[finallies[finallies.Length - 1].LastBlockOrdinal] ?? output[branch.Source.Ordinal];
            if (arriving is { } state)
            {
                joined = joined is null ? state : FlowState.Join(joined, state);
            }
        }

        // Catch and finally blocks have no predecessor edges: any point of their try may have been the last one run (the
        // state entering it, or after any of its blocks). Not blocks before the try: an enclosing loop's head holds the
        // previous pass's objects, which this pass replaced before entering the try. Another block without
        // predecessors (unreachable code) joins everything before it.
        if (block.Predecessors.IsEmpty)
        {
            ControlFlowRegion? tried = TryRegionHandledBy(block);
            if (tried is not null && input[tried.FirstBlockOrdinal] is { } entering)
            {
                joined = joined is null ? entering : FlowState.Join(joined, entering);
            }

            for (int i = tried?.FirstBlockOrdinal ?? 0; i <= (tried?.LastBlockOrdinal ?? block.Ordinal - 1); i++)
            {
                if (output[i] is { } state)
                {
                    joined = joined is null ? state : FlowState.Join(joined, state);
                }
            }
        }

        return joined;
    }

    /// <summary>For the first block of a catch, filter or finally handler: the try region it handles; null otherwise.</summary>
    private static ControlFlowRegion? TryRegionHandledBy(BasicBlock block)
    {
        for (ControlFlowRegion? region = block.EnclosingRegion; region is not null && region.FirstBlockOrdinal == block.Ordinal; region = region.EnclosingRegion)
        {
            if (region.Kind is not (ControlFlowRegionKind.Finally or ControlFlowRegionKind.Catch or ControlFlowRegionKind.Filter))
            {
                continue;
            }

            ControlFlowRegion? handled = region.EnclosingRegion;
            if (handled?.Kind == ControlFlowRegionKind.FilterAndHandler)
            {
                handled = handled.EnclosingRegion;
            }

            return handled is { Kind: ControlFlowRegionKind.TryAndFinally or ControlFlowRegionKind.TryAndCatch, NestedRegions.Length: > 0 } &&
                   handled.NestedRegions[0].Kind == ControlFlowRegionKind.Try
                ? handled.NestedRegions[0]
                : null;
        }

        return null;
    }

    private FlowState Transfer(BasicBlock block, FlowState input)
    {
        _pending.Clear();
        _state = input;
        foreach (IOperation operation in block.Operations)
        {
            Eval(operation);
        }

        if (block.BranchValue is { } branchValue)
        {
            bool returns = block.FallThroughSuccessor?.Destination?.Kind == BasicBlockKind.Exit && block.ConditionalSuccessor is null;

            // A ref return hands out a location: what the caller writes through it is the memory it lives in.
            ObjectSet value = returns && Function is { ReturnsByRef: true } ? StorageOf(branchValue) : Eval(branchValue);
            if (_reporting && returns)
            {
                ReturnedObjects = ReturnedObjects.Union(value.Where(o => !MadeHere(o.Root)));
                _observer.Returned(this, branchValue, value);
            }
        }

        return Current;
    }

    // ----- expressions -----

    private ObjectSet Eval(IOperation? operation)
    {
        if (operation is null)
        {
            return FlowState.NoObjects;
        }

        // Dispatched on the kind first (one virtual call and a jump), then checked against the interface the kind
        // stands for: a type switch tries the interfaces one by one, ~30 casts for an operation handled late or not at
        // all (literals, most binary operators), on every operation of every transfer. Each interface here has its
        // own kind and no case's interface derives from another's, so the same case is taken as in order of types.
        switch (operation.Kind)
        {
            case OperationKind.Conversion when operation is IConversionOperation conversion:
                return conversion.OperatorMethod is { } conversionOperator && _engine.IsInSource(conversionOperator)
                    ? UserConversion(conversion, conversionOperator)
                    : Eval(conversion.Operand);
            case OperationKind.Parenthesized when operation is IParenthesizedOperation parenthesized:
                return Eval(parenthesized.Operand);
            case OperationKind.TranslatedQuery when operation is ITranslatedQueryOperation query:
                // `from r in rules where … select r` is the chain of calls it stands for (`rules.Where(…)`).
                return Eval(query.Operation);
            case OperationKind.ExpressionStatement when operation is IExpressionStatementOperation statement:
                return Eval(statement.Operation);
            case OperationKind.Argument when operation is IArgumentOperation argument:
                return Eval(argument.Value);
            case OperationKind.FlowCapture when operation is IFlowCaptureOperation capture:
                ObjectSet captured = Eval(capture.Value);
                SetValue(capture.Id, captured);
                if (capture.Value is ILocalReferenceOperation or IParameterReferenceOperation or IMemberReferenceOperation or IArrayElementReferenceOperation or IFlowCaptureReferenceOperation)
                {
                    // Lowered `x ??= v`, `x += v`: the capture stands for the location and is assigned through.
                    _locations[capture.Id] = capture.Value;
                }

                return FlowState.NoObjects;
            case OperationKind.FlowCaptureReference when operation is IFlowCaptureReferenceOperation captureReference:
                if (_locations.ContainsKey(captureReference.Id))
                {
                    (_locationsReadAsValue ??= new()).Add(captureReference.Id);
                }

                return GetValue(captureReference.Id);
            case OperationKind.LocalReference when operation is ILocalReferenceOperation local:
                return UseVariable(local, local.Local);
            case OperationKind.ParameterReference when operation is IParameterReferenceOperation parameter:
                if (parameter.Parameter.ContainingSymbol is INamedTypeSymbol)
                {
                    return ExtensionReceiver(parameter);
                }

                return IsCapturedByInstance(parameter.Parameter) ? ReadMember(parameter, parameter.Parameter, null) : UseVariable(parameter, parameter.Parameter);
            case OperationKind.InstanceReference when operation is IInstanceReferenceOperation:
                return ThisObjects();
            case OperationKind.FieldReference when operation is IFieldReferenceOperation field:
                return ReadMember(field, field.Field, field.Instance);
            case OperationKind.EventReference when operation is IEventReferenceOperation @event:
                // A field-like event is a delegate field: raising it reads the handlers stored in it.
                return ReadMember(@event, @event.Event, @event.Instance);
            case OperationKind.PropertyReference when operation is IPropertyReferenceOperation property:
                foreach (IArgumentOperation index in property.Arguments)
                {
                    Eval(index);
                }

                return ReadProperty(property);
            case OperationKind.ArrayElementReference when operation is IArrayElementReferenceOperation element:
                foreach (IOperation index in element.Indices)
                {
                    Eval(index);
                }

                if (element.Indices.Length == 1 && element.Indices[0].Type is { Name: "Range", ContainingNamespace.Name: "System" })
                {
                    // `array[a..b]` copies into a new array: the elements are shared, the array is not.
                    AbstractObject slice = AbstractObject.Fresh(element);
                    ObjectSet sliced = HoldsTrackedElements(element.Type) ? Read(Eval(element.ArrayReference), null) : FlowState.NoObjects;
                    _state = _state.Reallocate(slice).Store(new HeapKey(slice, null), sliced, strong: true);
                    return ObjectSet.Create(slice);
                }

                if (!Tracked(element.Type))
                {
                    return FlowState.NoObjects;
                }

                ObjectSet arrays = Eval(element.ArrayReference);
                ObjectSet elements = Read(arrays, null);
                return element.Type is { TypeKind: TypeKind.Delegate } ? elements.Union(InitialElementDelegates(arrays)) : elements;
            case OperationKind.CollectionExpression when operation is ICollectionExpressionOperation collection:
                return CreateCollection(collection);
            case OperationKind.ObjectCreation when operation is IObjectCreationOperation creation:
                return Create(creation);
            case OperationKind.ArrayCreation when operation is IArrayCreationOperation array:
                return CreateArray(array);
            case OperationKind.FlowAnonymousFunction when operation is IFlowAnonymousFunctionOperation lambda:
                AbstractObject created = AbstractObject.Lambda(lambda, Graph);
                if (_reporting)
                {
                    _lambdas.Add((created, Current));
                }

                return ObjectSet.Create(created);
            case OperationKind.DelegateCreation when operation is IDelegateCreationOperation delegateCreation:
                return Eval(delegateCreation.Target);
            case OperationKind.MethodReference when operation is IMethodReferenceOperation methodReference:
                ObjectSet bound = Eval(methodReference.Instance);
                return methodReference.Method is { IsStatic: false } and ({ IsVirtual: true } or { IsAbstract: true } or { IsOverride: true }) && !bound.IsEmpty
                    ? DispatchedMethodGroup(methodReference.Method, bound)
                    : ObjectSet.Create(AbstractObject.MethodGroup(methodReference.Method, bound, methodReference.Method.MethodKind == MethodKind.LocalFunction ? Graph : null));
            case OperationKind.With when operation is IWithOperation with:
                return CopyOf(with, Eval(with.Operand), with.Initializer);
            case OperationKind.Invocation when operation is IInvocationOperation invocation:
                return Invoke(invocation);
            case OperationKind.SimpleAssignment when operation is ISimpleAssignmentOperation assignment:
                return Assign(assignment);
            case OperationKind.CompoundAssignment when operation is ICompoundAssignmentOperation { OperatorMethod.IsStatic: false } inPlace:
                return ApplyInPlaceOperator(inPlace, inPlace.OperatorMethod!, inPlace.Target, inPlace.Value);
            case OperationKind.CompoundAssignment when operation is ICompoundAssignmentOperation { OperatorMethod: { DeclaringSyntaxReferences.IsEmpty: false } userOperator } compound:
                ObjectSet combined = ApplyOperator(compound, userOperator, Eval(compound.Target), Eval(compound.Value));
                WriteTarget(compound, compound.Target, combined, readModifyWrite: null);
                return combined;
            case OperationKind.CompoundAssignment when operation is ICompoundAssignmentOperation compound:
                Eval(compound.Value);
                WriteTarget(compound, compound.Target, FlowState.NoObjects, readModifyWrite: "compound assignment");
                return FlowState.NoObjects;
            case OperationKind.Binary when operation is IBinaryOperation { OperatorMethod: { DeclaringSyntaxReferences.IsEmpty: false } binaryOperator } binary:
                return ApplyOperator(binary, binaryOperator, Eval(binary.LeftOperand), Eval(binary.RightOperand));
            case OperationKind.Unary when operation is IUnaryOperation { OperatorMethod: { DeclaringSyntaxReferences.IsEmpty: false } unaryOperator } unary:
                return ApplyOperator(unary, unaryOperator, Eval(unary.Operand), FlowState.NoObjects);
            case OperationKind.Increment or OperationKind.Decrement when operation is IIncrementOrDecrementOperation { OperatorMethod.IsStatic: false } step:
                return ApplyInPlaceOperator(step, step.OperatorMethod!, step.Target, null);
            case OperationKind.Increment or OperationKind.Decrement when operation is IIncrementOrDecrementOperation increment:
                WriteTarget(increment, increment.Target, FlowState.NoObjects, readModifyWrite: increment.Kind == OperationKind.Increment ? "increment" : "decrement");
                return FlowState.NoObjects;
            case OperationKind.CoalesceAssignment when operation is ICoalesceAssignmentOperation coalesce:
                ObjectSet coalesced = Eval(coalesce.Value);
                WriteTarget(coalesce, coalesce.Target, coalesced, readModifyWrite: "compound assignment");
                return coalesced;
            case OperationKind.Await when operation is IAwaitOperation await:
                ObjectSet awaited = Eval(await.Operation);
                if (BclKnowledge.LeavesContext(await.Operation) || awaited.Contains(AbstractObject.ContextFree))
                {
                    // What the code holds, and the result it gets, were the loop's; it continues with them elsewhere.
                    _state = Current.CrossOffLoop("code after ConfigureAwait(false)");
                    awaited = FlowState.Crossed(awaited);
                }

                // A task stands for its result: a source async method's summary returns what its body returns.
                return Tracked(await.Type) ? ObjectSet.From(awaited.Where(o => o.Kind != ObjectKind.ContextFree)) : FlowState.NoObjects;
            case OperationKind.DeconstructionAssignment when operation is IDeconstructionAssignmentOperation deconstruction:
                DeconstructFrom(deconstruction.Target, deconstruction.Value);
                return FlowState.NoObjects;
            case OperationKind.ImplicitIndexerReference when operation is IImplicitIndexerReferenceOperation implicitIndexer:
                Eval(implicitIndexer.Argument);
                ObjectSet indexedObject = Eval(implicitIndexer.Instance);
                if (CallImplicitIndexer(implicitIndexer, implicitIndexer.IndexerSymbol is IPropertySymbol readIndexer ? readIndexer.GetMethod : implicitIndexer.IndexerSymbol as IMethodSymbol, indexedObject, null) is { } got)
                {
                    return Tracked(implicitIndexer.Type) ? got : FlowState.NoObjects;
                }

                return Tracked(implicitIndexer.Type) ? Read(indexedObject, null) : FlowState.NoObjects;
            case OperationKind.IsPattern when operation is IIsPatternOperation isPattern:
                BindPattern(isPattern.Pattern, Eval(isPattern.Value));
                return FlowState.NoObjects;
            case OperationKind.Tuple when operation is ITupleOperation tuple:
                return CreateTuple(tuple);
            case OperationKind.YieldReturn when operation is IReturnOperation { ReturnedValue: { } yielded }:
                // An iterator's sequence stands for the elements it yields (as an enumerator does for a collection's):
                // the caller that enumerates it gets them.
                ObjectSet yieldedObjects = Eval(yielded);
                if (_reporting)
                {
                    _observer.Returned(this, yielded, yieldedObjects);
                }

                return FlowState.NoObjects;
            case OperationKind.EventAssignment when operation is IEventAssignmentOperation eventAssignment:
                ObjectSet handler = Eval(eventAssignment.HandlerValue);
                Eval(eventAssignment.EventReference);
                if (eventAssignment.EventReference is IEventReferenceOperation { Instance: { } eventOwner, Event: var changedEvent } && eventOwner is not IInstanceReferenceOperation)
                {
                    // `config.Reloaded += h`: the object's handler list changes (a write to that object). A field-like
                    // event keeps the handler beside the ones it had, so code handed the object later (a callback run
                    // on every worker calling its raising method) runs it; a removal keeps them all (which one it takes
                    // is not known).
                    ObjectSet owners = Eval(eventOwner);
                    if (eventAssignment.Adds && IsFieldLike(changedEvent))
                    {
                        WriteInto(eventAssignment, owners, handler.Union(Read(owners, changedEvent)), changedEvent);
                    }
                    else
                    {
                        WriteInto(eventAssignment, owners, FlowState.NoObjects, null);
                    }
                }

                if (eventAssignment.Adds && _reporting && eventAssignment.EventReference is IEventReferenceOperation { Event: { } subscribed } && _engine.IsInSource(subscribed))
                {
                    // A handler added to a source event is stored in it, whichever instance's: where the event is
                    // raised, the handler runs (judged with the declaring type's raises at the type's end).
                    _observer.FieldStore(this, eventAssignment, subscribed, handler, Current);
                }

                if (eventAssignment.Adds && _reporting && eventAssignment.EventReference is IEventReferenceOperation { Event: { IsStatic: false } declared, Instance: { } through } &&
                    (declared.IsAbstract || declared.IsVirtual))
                {
                    // `IFeed feed = new PollingFeed(); feed.Changed += h;`: the handler goes into the event of the
                    // object's class, which that class's code raises.
                    foreach (IEventSymbol implemented in ImplementedEvents(declared, Eval(through)))
                    {
                        _observer.FieldStore(this, eventAssignment, implemented, handler, Current);
                    }
                }

                if (eventAssignment.EventReference is IEventReferenceOperation { Event: { } assigned } assignedReference &&
                    (eventAssignment.Adds ? assigned.AddMethod : assigned.RemoveMethod) is { IsImplicitlyDeclared: false } accessor &&
                    _engine.IsInSource(accessor) && _engine.SummaryOf(accessor, this) is { } accessorSummary)
                {
                    // An event with its own add/remove: `+=` calls that accessor with the handler (which may store it in
                    // a static list, from every worker).
                    ObjectSet owner = assignedReference.Instance is { } instance ? Eval(instance) : FlowState.NoObjects;
                    accessorSummary.Apply(this, eventAssignment, ImmutableArray<IArgumentOperation>.Empty, owner, [handler]);
                }

                if (eventAssignment.Adds && eventAssignment.EventReference is IEventReferenceOperation { Event.AddMethod: { } adder })
                {
                    foreach (BclFact fact in _engine.FactsOf(adder))
                    {
                        if (fact.Effect == BclEffect.ThreadEntry)
                        {
                            HandOff(eventAssignment, handler, new Place(PlaceKind.OffPool, fact.Description));
                        }
                    }
                }

                return FlowState.NoObjects;
            default:
                foreach (IOperation child in operation.ChildOperations)
                {
                    Eval(child);
                }

                return FlowState.NoObjects;
        }
    }

    /// <summary>
    /// A tuple literal: an object whose items hold its elements, each under its own item (<c>Item1</c>…), so reading
    /// one item, deconstructing it, or returning the tuple from a method keeps them apart. Without a type (or with
    /// more items than one tuple type holds) every item may be any element.
    /// </summary>
    private ObjectSet CreateTuple(ITupleOperation tuple)
    {
        var values = new ObjectSet[tuple.Elements.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Eval(tuple.Elements[i]);
        }

        if (tuple.Type is not INamedTypeSymbol { IsTupleType: true, TupleElements: var items } || items.Length != values.Length || values.Length > 7)
        {
            ObjectSet any = FlowState.NoObjects;
            foreach (ObjectSet value in values)
            {
                any = any.Union(value);
            }

            return any;
        }

        AbstractObject created = AbstractObject.Fresh(tuple);
        _state = _state.Reallocate(created);
        for (int i = 0; i < values.Length; i++)
        {
            _state = _state.Store(new HeapKey(created, items[i]), values[i], strong: true);
        }

        return ObjectSet.Create(created);
    }

    /// <summary>An object a callee returned, made by it (<paramref name="part"/> 0: the tuple holding the others): new at each call.</summary>
    public AbstractObject AllocateResult(IOperation call, int part)
    {
        AbstractObject created = AbstractObject.Fresh(call, part);
        _state = _state.Reallocate(created);
        return created;
    }

    /// <summary>An item of a tuple a callee returned holds these objects.</summary>
    public void StoreResultItem(AbstractObject tuple, ISymbol item, ObjectSet objects) =>
        _state = _state.Store(new HeapKey(tuple, item), objects, strong: true);

    /// <summary>
    /// Deconstruction: a tuple literal on the right gives each part its own element (<c>var (a, b) = (x, y)</c>);
    /// any other value gives each part any member of the whole (a pair's value, a tuple's item, a Deconstruct out).
    /// </summary>
    private void DeconstructFrom(IOperation target, IOperation value)
    {
        IOperation source = value;
        while (source is IConversionOperation conversion)
        {
            source = conversion.Operand;
        }

        IOperation shape = target is IDeclarationExpressionOperation declaration ? declaration.Expression : target;
        if (shape is ITupleOperation targets && source is ITupleOperation values && targets.Elements.Length == values.Elements.Length)
        {
            // Every element is evaluated before any part is assigned: `(a, b) = (b, a)` swaps.
            var parts = new ObjectSet?[values.Elements.Length];
            for (int i = 0; i < parts.Length; i++)
            {
                bool nested = targets.Elements[i] is ITupleOperation or IDeclarationExpressionOperation && values.Elements[i] is ITupleOperation;
                parts[i] = nested ? null : Eval(values.Elements[i]);
            }

            for (int i = 0; i < parts.Length; i++)
            {
                if (parts[i] is { } assigned && targets.Elements[i] is IMemberReferenceOperation or IArrayElementReferenceOperation or IImplicitIndexerReferenceOperation)
                {
                    // `(s_count, s_bytes) = (s_count + 1, …)`, `(order[0], order[k]) = (order[k], order[0])`: each part is
                    // an assignment of its own, a read-modify-write when its value reads the member it writes.
                    IOperation element = targets.Elements[i];
                    bool readsItself = element is IMemberReferenceOperation { Member: var member } &&
                                       values.Elements[i].DescendantsAndSelf().Any(o => o is IMemberReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Member, member));
                    WriteTarget(element, element, assigned, readsItself ? "read-modify-write" : null);
                }
                else if (parts[i] is { } part)
                {
                    Deconstruct(targets.Elements[i], part);
                }
                else
                {
                    DeconstructFrom(targets.Elements[i], values.Elements[i]);
                }
            }

            return;
        }

        ObjectSet whole = Eval(value);
        DeconstructValue(shape, whole, value.Type);
    }

    /// <summary>
    /// Deconstructs a value of a tuple type item by item (<c>var (a, b) = Build()</c>: a gets Item1, b Item2); any
    /// other value (a Deconstruct method) gives each part any member of the whole.
    /// </summary>
    private void DeconstructValue(IOperation target, ObjectSet whole, ITypeSymbol? type)
    {
        IOperation shape = target is IDeclarationExpressionOperation declaration ? declaration.Expression : target;
        if (shape is ITupleOperation targets && type is INamedTypeSymbol { IsTupleType: true, TupleElements: var items } && items.Length == targets.Elements.Length && items.Length <= 7)
        {
            for (int i = 0; i < items.Length; i++)
            {
                DeconstructValue(targets.Elements[i], Read(whole, items[i]), items[i].Type);
            }

            return;
        }

        Deconstruct(target, shape is ITupleOperation ? whole.Union(Reach(whole)) : whole);
    }

    /// <summary>
    /// Binds the variables a pattern declares to what they match: the tested value itself (declaration, type and
    /// recursive patterns, and both sides of <c>and</c>/<c>or</c>/<c>not</c>), a member of it (property subpatterns,
    /// extended ones included), or an element of it (positional and list patterns; a slice is the same memory).
    /// </summary>
    private void BindPattern(IPatternOperation? pattern, ObjectSet value)
    {
        switch (pattern)
        {
            case IDeclarationPatternOperation { DeclaredSymbol: { } declared }:
                SetValue(declared, value);
                break;
            case IRecursivePatternOperation recursive:
                if (recursive.DeclaredSymbol is { } symbol)
                {
                    SetValue(symbol, value);
                }

                foreach (IPatternOperation positional in recursive.DeconstructionSubpatterns)
                {
                    BindPattern(positional, value.Union(Read(value, null)));
                }

                foreach (IPropertySubpatternOperation property in recursive.PropertySubpatterns)
                {
                    BindPattern(property.Pattern, PatternMember(property.Member, value));
                }

                break;
            case IListPatternOperation list:
                if (list.DeclaredSymbol is { } listSymbol)
                {
                    SetValue(listSymbol, value);
                }

                ObjectSet elements = Read(value, null);
                foreach (IPatternOperation element in list.Patterns)
                {
                    BindPattern(element, element is ISlicePatternOperation ? value : elements);
                }

                break;
            case ISlicePatternOperation slice:
                BindPattern(slice.Pattern, value);
                break;
            case INegatedPatternOperation negated:
                BindPattern(negated.Pattern, value);
                break;
            case IBinaryPatternOperation binary:
                BindPattern(binary.LeftPattern, value);
                BindPattern(binary.RightPattern, value);
                break;
        }
    }

    /// <summary>What a property subpattern's member reads from the tested value (<c>{ A.B: … }</c> reads through A).</summary>
    private ObjectSet PatternMember(IOperation member, ObjectSet input)
    {
        if (member is not IMemberReferenceOperation reference)
        {
            return FlowState.NoObjects;
        }

        ObjectSet owners = reference.Instance is null or IInstanceReferenceOperation ? input : PatternMember(reference.Instance, input);
        Role roles = _engine.Roles.Of(reference.Member);
        if (roles != Role.None && reference.Type is { } roleType)
        {
            return RoleObjects(reference, reference.Member, roleType, roles);
        }

        return Tracked(reference.Type) ? Read(owners, ElementOrMember(reference.Member)) : FlowState.NoObjects;
    }

    /// <summary>Each part of a deconstruction may be any member of the whole (a pair's value, a tuple's item).</summary>
    private void Deconstruct(IOperation target, ObjectSet parts)
    {
        switch (target)
        {
            case IDeclarationExpressionOperation declaration:
                Deconstruct(declaration.Expression, parts);
                break;
            case ITupleOperation tuple:
                foreach (IOperation element in tuple.Elements)
                {
                    Deconstruct(element, parts);
                }

                break;
            case ILocalReferenceOperation local:
                if (_reporting && IsCaptured(local.Local))
                {
                    // `(hits, misses) = (hits + c.Hits, …)` in a delegate body: each part assigns its captured variable.
                    _observer.CapturedAssignment(this, local, local.Local);
                }

                SetValue(local.Local, Tracked(local.Type) ? parts : FlowState.NoObjects);
                break;
            case IParameterReferenceOperation parameter:
                if (_reporting && IsCaptured(parameter.Parameter))
                {
                    _observer.CapturedAssignment(this, parameter, parameter.Parameter);
                }

                SetValue(parameter.Parameter, Tracked(parameter.Type) ? parts : FlowState.NoObjects);
                break;
        }
    }

    /// <summary>
    /// The receiver of a C# 14 extension block (<c>extension(Catalog catalog) { … }</c>), the one parameter a type owns:
    /// in a member of the block it is what <c>this</c> is in an instance method (a call gives it as the receiver, so a
    /// summary's writes and returns of it are the caller's receiver's); in the block's static implementation method
    /// (<c>CatalogExtensions.AddItem(catalog, item)</c>, the same body) it is that method's first parameter.
    /// </summary>
    private ObjectSet ExtensionReceiver(IParameterReferenceOperation receiver)
    {
        if (Function is { IsStatic: true, IsExtensionMethod: true, Parameters.Length: > 0 } implementation &&
            !SymbolEqualityComparer.Default.Equals(implementation.ContainingType, receiver.Parameter.ContainingSymbol))
        {
            return UseVariable(receiver, implementation.Parameters[0]);
        }

        ObjectSet objects = ThisObjects();
        if (_reporting && !_passingToOwnLoop && IsCaptured(receiver.Parameter) && !Closure.ContainsKey(receiver.Parameter))
        {
            // A lambda of the member uses the receiver (`Task.Run(() => recent.Paths.Clear())`): as a captured parameter
            // of a classic extension method, it goes where the lambda runs, so a summary hands the caller's receiver over.
            _observer.VariableUse(this, receiver, receiver.Parameter, objects, Current);
        }

        return objects;
    }

    private ObjectSet ThisObjects() =>
        TryGetAssigned(ThisVariable, out var receiver) ? receiver : ObjectSet.Create(AbstractObject.This);

    private ObjectSet UseVariable(IOperation use, ISymbol variable)
    {
        ObjectSet objects = GetValue(variable);
        if (variable is ILocalSymbol { RefKind: not RefKind.None })
        {
            objects = objects.Union(Reach(_state.GetRef(variable)));
        }

        if (_reporting && !_passingToOwnLoop && (IsCaptured(variable) || _state.OffLoop is not null) && !Closure.ContainsKey(variable))
        {
            _observer.VariableUse(this, use, variable, objects, Current);
        }

        return objects;
    }

    /// <summary>
    /// A primary constructor's parameter used outside the constructor: the instance keeps it (the compiler makes it a
    /// field), so it is a member of <c>this</c>, not a variable of the running function.
    /// </summary>
    private bool IsCapturedByInstance(IParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor && _engine.IsPrimaryConstructor(constructor) &&
        !SymbolEqualityComparer.Default.Equals(constructor, Function);

    private bool MadeHere(AbstractObject obj) =>
        obj is { Kind: ObjectKind.Fresh, Site: { } site } && Graph.OriginalOperation.Syntax is var body &&
        site.Syntax.SyntaxTree == body.SyntaxTree && body.Span.Contains(site.Syntax.Span);

    /// <summary>Declared by an enclosing function: captured by this delegate's body.</summary>
    public bool IsCaptured(ISymbol variable) =>
        Outer is not null && variable is ILocalSymbol or IParameterSymbol && variable.ContainingSymbol is var container &&
        !ReferenceEquals(container, Function) && !SymbolEqualityComparer.Default.Equals(container, Function);

    private ObjectSet ReadProperty(IPropertyReferenceOperation reference)
    {
        IPropertySymbol property = reference.Property;
        Role roles = _engine.Roles.Of(property);
        if (roles != Role.None)
        {
            return RoleObjects(reference, property, property.Type, roles);
        }

        // A computed property in source (=> Current.Enabled): what its getter returns. A virtual or abstract one read
        // through anything but `base.` runs whichever override the object has: any of them in the compilation.
        if (property.GetMethod is { } getter && _engine.IsInSource(getter) && !IsAutoProperty(property))
        {
            MethodSummary? summary = _engine.SummaryOf(getter, this);
            ImmutableArray<IMethodSymbol> overrides = (getter.IsVirtual || getter.IsAbstract || getter.IsOverride) && reference.Instance?.Syntax is not Microsoft.CodeAnalysis.CSharp.Syntax.BaseExpressionSyntax
                ? _engine.ImplementationsOf(getter)
                : ImmutableArray<IMethodSymbol>.Empty;
            if (summary is not null || !overrides.IsEmpty)
            {
                ObjectSet receiver = reference.Instance is null ? FlowState.NoObjects : Eval(reference.Instance);
                ObjectSet[] arguments = Arguments(getter.Parameters.Length);
                for (int i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = i < reference.Arguments.Length ? Eval(reference.Arguments[i].Value) : FlowState.NoObjects;
                }

                // Applied whatever the type: a getter may write (a lazy cache) even when it returns a string.
                ObjectSet returned = summary?.Apply(this, reference, reference.Arguments, receiver, arguments) ?? FlowState.NoObjects;
                bool unread = summary is null;
                foreach (IMethodSymbol implementation in overrides)
                {
                    if (_engine.SummaryOf(implementation, this) is { } overridden)
                    {
                        returned = returned.Union(overridden.Apply(this, reference, reference.Arguments, receiver, arguments));
                    }
                    else
                    {
                        unread = true;
                    }
                }

                if (unread && Tracked(property.Type) && reference.Instance is { } receiverOperation)
                {
                    // A getter without a body read here (an abstract one, an auto-property override): what a member of
                    // the receiver holds, as a plain member read says.
                    returned = returned.Union(receiverOperation is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }
                        ? Reach(ThisObjects())
                        : Read(receiver, ElementOrMember(property)));
                }

                return Tracked(property.Type) ? returned : FlowState.NoObjects;
            }
        }

        // A library property the table calls a view of its receiver (Lazy<T>.Value): the receiver's memory.
        if (reference.Instance is { } owner && property.GetMethod is { } libraryGetter && !_engine.IsInSource(libraryGetter))
        {
            foreach (BclFact fact in _engine.FactsOf(libraryGetter))
            {
                if (fact.Effect == BclEffect.View && fact.Operand < 0)
                {
                    ObjectSet viewed = Eval(owner);
                    ObjectSet produced = RunHeldFactories(reference, viewed);
                    return Tracked(property.Type) ? viewed.Union(produced) : FlowState.NoObjects;
                }
            }
        }

        return ReadMember(reference, property, reference.Instance);
    }

    private ObjectSet RoleObjects(IOperation read, ISymbol member, ITypeSymbol type, Role roles)
    {
        if ((roles & Role.RequiresLoopThread) != 0 && _reporting && !LoopRunByThisThread(read))
        {
            _observer.LoopMemberRead(this, read, member, Current);
        }

        if ((roles & Role.RequiresLoopThread) != 0 && _state.OffLoop is not null && Place.Kind != PlaceKind.OffPool)
        {
            // `Current` read after ConfigureAwait(false): that read is the defect (WEFT0005, reported above); what it gave
            // is not this worker's state, so its uses are not reported again as that state escaping.
            return FlowState.NoObjects;
        }

        if ((roles & Role.SharedSnapshot) != 0)
        {
            return ObjectSet.Create(_engine.RoleObject(ObjectKind.Snapshot, member, type));
        }

        if ((roles & Role.WorkerOwned) != 0)
        {
            return ObjectSet.Create(_engine.RoleObject(ObjectKind.Worker, member, type));
        }

        return (roles & Role.CallingThreadLoop) != 0 ? ObjectSet.Create(AbstractObject.CallingLoop) : FlowState.NoObjects;
    }

    /// <summary>A field or property read: of this or a type, it is a variable of its own; of another object, its memory.</summary>
    private ObjectSet ReadMember(IOperation read, ISymbol member, IOperation? instance)
    {
        ITypeSymbol? type = read.Type;
        if (instance is null || instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
        {
            if (member is IPropertySymbol { IsIndexer: true } || (member is IPropertySymbol property && !IsAutoProperty(property)))
            {
                return instance is null || !Tracked(type) ? FlowState.NoObjects : Reach(ThisObjects());
            }

            ObjectSet held = HeldBy(member);
            if (_reporting)
            {
                _observer.FieldRead(this, read, member, held, Current);
            }

            return Tracked(type) ? held : FlowState.NoObjects;
        }

        ObjectSet owners = Eval(instance);
        if (!Tracked(type))
        {
            return FlowState.NoObjects;
        }

        if (type is { TypeKind: TypeKind.Delegate } && owners.Any(static o => o.Kind == ObjectKind.Delegate))
        {
            // `Current` of an enumerator over delegates: the enumerator stands for the elements it yields (GetEnumerator
            // is an element read), so a delegate-typed member of one is that delegate, not memory reached from it.
            ObjectSet delegates = ObjectSet.From(owners.Where(static o => o.Kind == ObjectKind.Delegate));
            ObjectSet others = ObjectSet.From(owners.Where(static o => o.Kind != ObjectKind.Delegate));
            return others.IsEmpty ? delegates : delegates.Union(Read(others, ElementOrMember(member)));
        }

        ObjectSet reached = Read(owners, ElementOrMember(member));
        if (member is IPropertySymbol { Name: "Current", IsStatic: false } && IsEnumerator(member.ContainingType))
        {
            // `Current` of an enumerator: GetEnumerator stood for the elements (an element read), so what it yields are
            // those elements themselves, of any type: a tuple's items or a pair's value are read from them next
            // (`foreach (var (name, run) in jobs) Task.Run(run);`), not from memory reached through them.
            return owners.Union(reached);
        }

        if (type is not { TypeKind: TypeKind.Delegate })
        {
            return reached;
        }

        if (member is IPropertySymbol { IsIndexer: true })
        {
            return reached.Union(InitialElementDelegates(owners));
        }

        // `source.Names()` for `Func<List<string>> Names { get; } = () => …;` of another instance: nothing this code
        // stored there, so what its initializer or constructor put in every instance.
        return (reached.Any(static o => o.Kind == ObjectKind.Delegate) ? reached : reached.Union(_engine.InitialDelegatesOf(member))).Union(SubscribedElsewhere(member));
    }

    /// <summary>
    /// For an event raised (read) where its handlers may not run on their subscriber's thread (code that left it, or a
    /// callback every thread runs): the handlers any body of the compilation adds to it (also through an event's own
    /// <c>add</c> accessor that keeps them in the delegate field read here). Elsewhere they are not
    /// looked for (what a handler does on the subscriber's own thread is judged where it is written).
    /// </summary>
    private ObjectSet SubscribedElsewhere(ISymbol member) =>
        member is IEventSymbol or IFieldSymbol { IsReadOnly: false, Type.TypeKind: TypeKind.Delegate } && (Place.LeavesCallerThread || _state.OffLoop is not null || InPerThreadCallback)
            ? member is IEventSymbol @event ? _engine.SubscribedHandlersOf(@event) : _engine.HandlersKeptIn((IFieldSymbol)member)
            : FlowState.NoObjects;

    private static bool IsEnumerator(ITypeSymbol? type) =>
        type is not null &&
        (IsEnumeratorInterface(type) || type.AllInterfaces.Any(IsEnumeratorInterface));

    private static bool IsEnumeratorInterface(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Collections_IEnumerator ||
        type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerator_T ||
        type.OriginalDefinition is INamedTypeSymbol { Name: "IAsyncEnumerator", Arity: 1, ContainingNamespace: { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace.Name: "System" } } };

    /// <summary>
    /// The delegates a read-only table field's initializer or constructors put in it (see
    /// <see cref="FlowEngine.InitialElementDelegatesOf"/>), for a delegate read by index from what may be that table.
    /// </summary>
    private ObjectSet InitialElementDelegates(ObjectSet tables)
    {
        ObjectSet delegates = ObjectSet.Empty;
        foreach (AbstractObject table in tables)
        {
            if (table.Kind == ObjectKind.Field && table.Symbol is { } member)
            {
                delegates = delegates.Union(_engine.InitialElementDelegatesOf(member));
            }
        }

        return delegates;
    }

    /// <summary>
    /// What a field (or auto-property) of this or of a type holds here. Assigned on every path to this point, it holds
    /// what was assigned (<c>_list = new(); _list.Add(x);</c> writes the new list, not the one an earlier call published);
    /// otherwise also the object it held on entry, which is <see cref="ObjectKind.Field"/>. A delegate body may run
    /// after the field changed again: it always sees the entry object too. A [ThreadStatic] field is a different
    /// variable on every thread: nothing in it is shared, so it has no entry object.
    /// </summary>
    private ObjectSet HeldBy(ISymbol member)
    {
        AbstractObject entry = AbstractObject.Field(member);
        if (IsThreadStatic(member))
        {
            // Code that left the thread reads that thread's own field: nothing the code that handed it over stored.
            return Outer is not null && Place.LeavesCallerThread ? FlowState.NoObjects : GetValue(member).Remove(entry);
        }

        ObjectSet held = Outer is null && TryGetAssigned(member, out ObjectSet? assigned) ? assigned : GetValue(member).Add(entry);
        ObjectSet initialDelegates = _engine.InitialDelegatesOf(member).Union(SubscribedElsewhere(member));
        return initialDelegates.IsEmpty ? held : held.Union(initialDelegates);
    }

    /// <summary>
    /// A library method that changes its argument and returns a ref into it (<c>CollectionsMarshal.GetValueRefOrAddDefault</c>):
    /// the call is the change reported (it adds the key), so the read-modify-write through its ref is the same defect.
    /// </summary>
    private bool WritesItsArgument(IMethodSymbol method)
    {
        if (_engine.IsInSource(method))
        {
            return false;
        }

        foreach (BclFact fact in BclKnowledge.Facts(method))
        {
            if (fact.Effect == BclEffect.Writes && fact.Operand >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An event whose add and remove the compiler made: a delegate field under another name.</summary>
    private static bool IsFieldLike(IEventSymbol @event) =>
        !@event.IsAbstract && @event.AddMethod is null or { IsImplicitlyDeclared: true };

    /// <summary>
    /// The location an assignment or update writes, as written: when its target is a flow capture of a location (the
    /// compiler captures <c>s_map[key]</c> before a conditional value, <c>s_map[key] = ok ? n + 1 : 1</c>), the
    /// captured location's operation. Null for other operations.
    /// </summary>
    public IOperation? WrittenLocation(IOperation write)
    {
        IOperation? target = write switch
        {
            IAssignmentOperation assignment => assignment.Target,
            IIncrementOrDecrementOperation update => update.Target,
            _ => null,
        };
        return target is IFlowCaptureReferenceOperation capture && _locations.TryGetValue(capture.Id, out IOperation? location) ? location : target;
    }

    /// <summary>
    /// A loop-only member of a loop this code ran itself earlier in the same body (<c>loop.Run(); loop.DeferredDelete(x);</c>
    /// on a thread it started): a member marked <c>[RunsLoopOnCallingThread]</c>, called on the same variable before,
    /// made this thread that loop's.
    /// </summary>
    private bool LoopRunByThisThread(IOperation read)
    {
        IOperation? receiver = read switch
        {
            IInvocationOperation invocation => invocation.Instance,
            IPropertyReferenceOperation property => property.Instance,
            _ => null,
        };
        if (receiver is null || VariableOf(receiver) is not { } loop)
        {
            return false;
        }

        foreach (IOperation operation in Graph.OriginalOperation.Descendants())
        {
            if (operation is IInvocationOperation { Instance: { } runOn } run && run.Syntax.SpanStart < read.Syntax.SpanStart &&
                (_engine.Roles.Of(run.TargetMethod) & Role.RunsLoopOnCallingThread) != 0 &&
                SymbolEqualityComparer.Default.Equals(VariableOf(runOn), loop))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? VariableOf(IOperation operation) => Unconverted(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        _ => null,
    };

    private bool IsThreadStatic(ISymbol member) => member is IFieldSymbol { IsStatic: true } field && _engine.IsThreadStatic(field);

    /// <summary>The type of the object a read-only member is initialized with (see <see cref="FlowEngine.InitialObjectTypeOf"/>).</summary>
    public ITypeSymbol? InitialObjectTypeOf(ISymbol member) => _engine.InitialObjectTypeOf(member);

    /// <summary>True for a [ThreadStatic] field (each thread has its own).</summary>
    public bool IsThreadStatic(IFieldSymbol field) => field.IsStatic && _engine.IsThreadStatic(field);

    /// <summary>
    /// The assignment as written (before the graph split its value into branches) reads the member it assigns:
    /// <c>s = s switch { … }</c>, <c>s = c ? s : v</c>. Only asked for a static assigned through a captured location.
    /// </summary>
    private bool SourceAssignmentReadsItself(IOperation write, ISymbol member)
    {
        foreach (IOperation operation in Graph.OriginalOperation.Descendants())
        {
            if (operation is ISimpleAssignmentOperation assignment && assignment.Syntax == write.Syntax)
            {
                return ReadsItself(assignment, member);
            }
        }

        return false;
    }

    /// <summary>An assignment whose value reads the member it assigns (<c>s = s + n</c>).</summary>
    private static bool ReadsItself(IOperation value, ISymbol member) =>
        value is ISimpleAssignmentOperation assignment &&
        assignment.Value.DescendantsAndSelf().Any(o => o is IMemberReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Member, member));

    /// <summary>Indexers read and write elements: they share the element key with arrays, copies and enumerators.</summary>
    private static ISymbol? ElementOrMember(ISymbol? member) => member is IPropertySymbol { IsIndexer: true } ? null : member;

    public bool IsAutoProperty(IPropertySymbol property) => _engine.IsAutoProperty(property);

    /// <summary>What a member (or element, when <paramref name="member"/> is null) of these objects may hold.</summary>
    private ObjectSet Read(ObjectSet owners, ISymbol? member, int depth = 0)
    {
        var result = new ObjectSet.Builder();
        foreach (AbstractObject owner in owners)
        {
            if (_state.Heap.TryGetValue(new HeapKey(owner, member), out var stored))
            {
                result.UnionWith(stored);
                continue;
            }

            if (depth < 4 && _state.Heap.TryGetValue(new HeapKey(owner, null, copiedFrom: true), out var sources))
            {
                result.UnionWith(Read(sources, member, depth + 1));
                continue;
            }

            if (AbstractObject.ReachOf(owner) is { } reached)
            {
                result.Add(reached);
            }
        }

        return result.ToImmutable();
    }

    private static ObjectSet Reach(ObjectSet owners)
    {
        var result = new ObjectSet.Builder();
        foreach (AbstractObject owner in owners)
        {
            if (AbstractObject.ReachOf(owner) is { } reached)
            {
                result.Add(reached);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>A copy of strings or numbers (<c>new List&lt;string&gt;(shared)</c>) shares nothing with its source.</summary>
    private static bool HoldsTrackedElements(ITypeSymbol? container) => container switch
    {
        IArrayTypeSymbol array => CanHoldObjects(array.ElementType, 0),
        INamedTypeSymbol { TypeArguments.Length: > 0 } named => AnyTracked(named.TypeArguments),
        _ => true,
    };

    private static bool AnyTracked(ImmutableArray<ITypeSymbol> types)
    {
        foreach (ITypeSymbol type in types)
        {
            if (CanHoldObjects(type, 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A value of this type can hold an object the rules follow: a reference type that is tracked, or a struct with
    /// such a field (a tuple or record struct of strings and numbers is a copy of them, and holds none).
    /// </summary>
    private static bool CanHoldObjects(ITypeSymbol type, int depth)
    {
        if (!Tracked(type))
        {
            return false;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class, IsSealed: true } sealedClass && depth <= 3 && IsImmutableLeaf(sealedClass, depth))
        {
            // `sealed record Item(string Id, int Count)`: nobody can change one, and it holds nothing that can change,
            // so a copy of such elements shares nothing anybody could race on (handing it over is handing over values).
            return false;
        }

        if (!type.IsValueType || type is not INamedTypeSymbol named || depth > 3 || named.TypeKind == TypeKind.TypeParameter)
        {
            return true;
        }

        if (named.IsTupleType)
        {
            foreach (IFieldSymbol element in named.TupleElements)
            {
                if (CanHoldObjects(element.Type, depth + 1))
                {
                    return true;
                }
            }

            return false;
        }

        if (named.DeclaringSyntaxReferences.IsEmpty)
        {
            // A library struct (KeyValuePair, ImmutableArray, Memory): judged by what it is made of — its type
            // arguments, or, when it has none, its fields (reference assemblies keep a struct's reference-typed private
            // fields, at least as a placeholder, so `Vector3` of floats holds nothing and `CancellationToken` does).
            return named.TypeArguments.IsEmpty ? AnyFieldCanHoldObjects(named, depth) : AnyTrackedAt(named.TypeArguments, depth + 1);
        }

        return AnyFieldCanHoldObjects(named, depth);
    }

    /// <summary>A sealed source class of only readonly fields that hold strings, numbers and such leaves (an immutable record of values).</summary>
    private static bool IsImmutableLeaf(INamedTypeSymbol type, int depth)
    {
        if (type.DeclaringSyntaxReferences.IsEmpty || type.BaseType is not { SpecialType: SpecialType.System_Object })
        {
            return false;
        }

        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: false } field && (!field.IsReadOnly || CanHoldObjects(field.Type, depth + 1)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyFieldCanHoldObjects(INamedTypeSymbol type, int depth)
    {
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: false } field && CanHoldObjects(field.Type, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyTrackedAt(ImmutableArray<ITypeSymbol> types, int depth)
    {
        foreach (ITypeSymbol type in types)
        {
            if (CanHoldObjects(type, depth))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A library method's result of this type is an object to follow: an array, a class or an interface, but not a
    /// string, a delegate or a task (awaiting one yields what it holds, which the table knows where it matters).
    /// </summary>
    private static bool MadeByLibrary(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol => true,
        // An ImmutableArray<T> is a struct over an array of its own, which ImmutableCollectionsMarshal.AsArray hands out.
        INamedTypeSymbol { IsValueType: true, IsGenericType: true, Name: "ImmutableArray" } immutable =>
            BclKnowledge.MetadataName(immutable.OriginalDefinition) == "System.Collections.Immutable.ImmutableArray`1",
        { TypeKind: TypeKind.Class or TypeKind.Interface, SpecialType: SpecialType.None } named =>
            named.ContainingNamespace?.ToDisplayString() != "System.Threading.Tasks",
        _ => false,
    };

    /// <summary>Strings, numbers, enums and pointers hold nothing the rules follow.</summary>
    private static bool Tracked(ITypeSymbol? type) => type switch
    {
        null => true,
        { TypeKind: TypeKind.Enum or TypeKind.Pointer or TypeKind.FunctionPointer } => false,
        { SpecialType: SpecialType.None or SpecialType.System_Object or SpecialType.System_Array or SpecialType.System_Collections_IEnumerable or SpecialType.System_Collections_Generic_IEnumerable_T or SpecialType.System_Collections_Generic_IList_T or SpecialType.System_Collections_Generic_ICollection_T or SpecialType.System_Collections_Generic_IReadOnlyList_T or SpecialType.System_Collections_Generic_IReadOnlyCollection_T or SpecialType.System_Collections_Generic_IEnumerator_T or SpecialType.System_Collections_IEnumerator } => true,
        _ => false,
    };

    // ----- allocation and copies -----

    private ObjectSet Create(IObjectCreationOperation creation)
    {
        IMethodSymbol? constructor = creation.Constructor;
        ObjectSet[] arguments = Arguments(constructor?.Parameters.Length ?? 0);
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = FlowState.NoObjects;
        }

        // A ref struct's constructor that points a ref field at a by-ref parameter: the field refers to where the
        // argument lives (an element of a published array), so a write through the field writes there.
        ImmutableArray<(int Ordinal, IFieldSymbol Field)> refFields = constructor is not null && _engine.IsInSource(constructor)
            ? _engine.RefFieldsBoundBy(constructor)
            : ImmutableArray<(int, IFieldSymbol)>.Empty;
        List<(IFieldSymbol Field, ObjectSet Storage)>? referred = null;
        foreach (IArgumentOperation argument in creation.Arguments)
        {
            ObjectSet value = FlowState.NoObjects;
            bool bound = false;
            foreach ((int ordinal, IFieldSymbol refField) in refFields)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    (referred ??= new()).Add((refField, StorageOf(argument.Value)));
                    bound = true;
                }
            }

            if (!bound || Tracked(argument.Parameter?.Type))
            {
                value = Eval(argument.Value);
            }

            if (argument.Parameter is { } parameter && parameter.Ordinal < arguments.Length)
            {
                arguments[parameter.Ordinal] = arguments[parameter.Ordinal].Union(value);
            }
        }

        ObjectSet? copiedElements = null;
        if (constructor is not null)
        {
            ApplyRoles(creation, constructor, FlowState.NoObjects, arguments, creation.Arguments);
            ApplyFacts(creation, constructor, FlowState.NoObjects, arguments, creation.Arguments);
            foreach (BclFact fact in _engine.FactsOf(constructor))
            {
                if (fact.Effect == BclEffect.View && fact.Operand >= 0)
                {
                    // A wrapper over its argument (ReadOnlyCollection, Span, ArraySegment): the same memory.
                    return arguments[fact.Operand];
                }

                if (fact.Effect == BclEffect.ShallowCopy && fact.Operand >= 0)
                {
                    copiedElements = HoldsTrackedElements(creation.Type) ? Read(arguments[fact.Operand], null) : FlowState.NoObjects;
                }

                if (fact.Effect == BclEffect.HoldsAsElement && fact.Operand >= 0 && fact.Operand < arguments.Length)
                {
                    // new Task(action): the object keeps the argument itself (its Start runs it).
                    copiedElements = arguments[fact.Operand];
                }
            }
        }

        AbstractObject fresh = AbstractObject.Fresh(creation);
        _state = _state.Reallocate(fresh);
        if (copiedElements is not null)
        {
            _state = _state.Store(new HeapKey(fresh, null), copiedElements, strong: true);
        }

        if (constructor is not null)
        {
            StoreConstructorArguments(creation, constructor, fresh, arguments);
        }

        foreach ((IFieldSymbol refField, ObjectSet storage) in referred ?? [])
        {
            _state = _state.Store(new HeapKey(fresh, refField), storage, strong: true);
        }

        if (creation.Initializer is { } initializer)
        {
            Initialize(fresh, initializer);
        }

        return ObjectSet.Create(fresh);
    }

    /// <summary>
    /// What a constructor keeps of its arguments: a record's positional parameters and the fields a source constructor
    /// assigns; a library constructor, by the .NET naming convention, keeps an argument in the member named like its
    /// parameter (<c>new KeyValuePair&lt;K, V&gt;(key, value)</c>, <c>new Tuple&lt;T&gt;(item1)</c>).
    /// </summary>
    private void StoreConstructorArguments(IOperation creation, IMethodSymbol constructor, AbstractObject fresh, ObjectSet[] arguments)
    {
        if (!_engine.IsInSource(constructor))
        {
            StoreByParameterNames(constructor.ContainingType, constructor, fresh, arguments);
            return;
        }

        if (_engine.IsPrimaryConstructor(constructor) && !constructor.ContainingType.IsRecord)
        {
            // A class's primary constructor keeps each parameter its members use, under the parameter itself, and in
            // each member initialized from it (`Items { get; } = items;`).
            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                _state = _state.Store(new HeapKey(fresh, parameter), arguments[parameter.Ordinal], strong: true);
                StoredByConstructor(creation, parameter, arguments[parameter.Ordinal]);
            }

            foreach ((int ordinal, ISymbol member) in _engine.PrimaryInitializedMembers(constructor))
            {
                if (ordinal < arguments.Length)
                {
                    _state = _state.Store(new HeapKey(fresh, member), arguments[ordinal], strong: true);
                }
            }
        }

        if (constructor.ContainingType.IsRecord)
        {
            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                foreach (ISymbol member in constructor.ContainingType.GetMembers(parameter.Name))
                {
                    if (member is IPropertySymbol or IFieldSymbol)
                    {
                        _state = _state.Store(new HeapKey(fresh, member), arguments[parameter.Ordinal], strong: true);
                        StoredByConstructor(creation, member, arguments[parameter.Ordinal]);
                    }
                }
            }
        }

        if (_engine.SummaryOf(constructor, this) is { } summary)
        {
            foreach ((int operand, ISymbol field) in summary.Stores)
            {
                if (operand >= 0 && operand < arguments.Length)
                {
                    _state = _state.Store(new HeapKey(fresh, field), arguments[operand], strong: false);
                    StoredByConstructor(creation, field, arguments[operand]);
                }
            }

            // `public Trimmer(IDictionary<string, int> hits) => Trim = () => hits.Clear();`: the new object's member
            // holds that lambda over this call's argument.
            summary.StoreMemberDelegates(this, ObjectSet.Create(fresh), arguments);
        }
    }

    /// <summary>
    /// A source constructor kept an argument in a member (a field it assigns, a primary constructor's parameter its
    /// members use, a record's property): a store into that member here, as a method's summary reports one, so what the
    /// member's type does with it elsewhere (reads it in a finalizer or a timer callback) is judged against this value.
    /// </summary>
    private void StoredByConstructor(IOperation creation, ISymbol member, ObjectSet value)
    {
        if (!value.IsEmpty)
        {
            StoreFromCallee(creation, member, value);
        }
    }

    /// <summary>Stores each tracked argument in the instance field or property of <paramref name="type"/> named like its parameter (case aside).</summary>
    private void StoreByParameterNames(INamedTypeSymbol type, IMethodSymbol method, AbstractObject target, ObjectSet[] arguments)
    {
        foreach ((int ordinal, ISymbol member) in _engine.MembersNamedLikeParameters(method, type))
        {
            if (ordinal < arguments.Length && !arguments[ordinal].IsEmpty)
            {
                _state = _state.Store(new HeapKey(target, member), arguments[ordinal], strong: true);
            }
        }
    }

    private void Initialize(AbstractObject target, IObjectOrCollectionInitializerOperation initializer)
    {
        foreach (IOperation part in initializer.Initializers)
        {
            if (part is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } indexed)
            {
                // `["kick"] = handler` in an index initializer: an element, as `map["kick"] = handler` stores it.
                foreach (IArgumentOperation index in indexer.Arguments)
                {
                    Eval(index);
                }

                _state = _state.Store(new HeapKey(target, null), Eval(indexed.Value), strong: false);
            }
            else if (part is ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment)
            {
                ObjectSet assigned = Eval(assignment.Value);
                _state = _state.Store(new HeapKey(target, member.Member), assigned, strong: true);
            }
            else if (part is IInvocationOperation add)
            {
                foreach (IArgumentOperation argument in add.Arguments)
                {
                    ObjectSet added = Eval(argument.Value);
                    _state = _state.Store(new HeapKey(target, null), added, strong: false);
                }
            }
            else
            {
                Eval(part);
            }
        }
    }

    /// <summary>A collection expression (<c>[a, b, ..rest]</c>): a new collection holding the elements themselves.</summary>
    private ObjectSet CreateCollection(ICollectionExpressionOperation collection)
    {
        var elements = new ObjectSet.Builder();
        bool holdsObjects = HoldsTrackedElements(collection.Type);
        foreach (IOperation element in collection.Elements)
        {
            // `int[] idle = [.. worker.Idle]` copies numbers: what the spread source reaches is not in the copy.
            ObjectSet value = element is ISpreadOperation spread ? (holdsObjects ? Read(Eval(spread.Operand), null) : Eval(spread.Operand)) : Eval(element);
            if (holdsObjects)
            {
                elements.UnionWith(value);
            }
        }

        AbstractObject fresh = AbstractObject.Fresh(collection);
        _state = _state.Reallocate(fresh).Store(new HeapKey(fresh, null), elements.ToImmutable(), strong: true);
        return ObjectSet.Create(fresh);
    }

    private ObjectSet CreateArray(IArrayCreationOperation array)
    {
        foreach (IOperation size in array.DimensionSizes)
        {
            Eval(size);
        }

        AbstractObject fresh = AbstractObject.Fresh(array);
        _state = _state.Reallocate(fresh);
        if (array.Initializer is { } initializer)
        {
            foreach (IOperation element in initializer.ElementValues)
            {
                ObjectSet value = Eval(element);
                _state = _state.Store(new HeapKey(fresh, null), value, strong: false);
            }
        }

        return ObjectSet.Create(fresh);
    }

    /// <summary>A <c>with</c> (or record clone): a new object whose members are the source's until written.</summary>
    private ObjectSet CopyOf(IOperation site, ObjectSet sources, IObjectOrCollectionInitializerOperation? initializer)
    {
        AbstractObject copy = AbstractObject.Fresh(site);
        _state = _state.Reallocate(copy);
        if (!ReplacesEveryHeldObject(site.Type, site.Syntax))
        {
            _state = _state.Store(new HeapKey(copy, null, copiedFrom: true), sources, strong: true);
        }

        if (initializer is not null)
        {
            Initialize(copy, initializer);
        }

        return ObjectSet.Create(copy);
    }

    /// <summary>
    /// A <c>with</c> that assigns every member able to hold an object (<c>live with { Members = new(live.Members) }</c>)
    /// shares nothing with its source: the rest are numbers and strings, copied. Only a type declared in source is
    /// judged (a library type's private fields are not all visible).
    /// </summary>
    private static bool ReplacesEveryHeldObject(ITypeSymbol? type, SyntaxNode site)
    {
        // The graph lowers a record's `with` to a clone and member assignments: the expression says what it replaces.
        if (site is not Microsoft.CodeAnalysis.CSharp.Syntax.WithExpressionSyntax { Initializer.Expressions: { Count: > 0 } assignments })
        {
            return false;
        }

        for (; type is not null && type.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); type = type.BaseType)
        {
            if (type.DeclaringSyntaxReferences.IsEmpty)
            {
                return false;
            }

            foreach (ISymbol member in type.GetMembers())
            {
                if (member is IFieldSymbol { IsStatic: false, IsConst: false } field && CanHoldObjects(field.Type, 0) && !Assigns(assignments, (field.AssociatedSymbol ?? field).Name))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Assigns(SeparatedSyntaxList<Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax> assignments, string member)
    {
        foreach (var assignment in assignments)
        {
            // In a `with` initializer a name on the left binds to a member of the copied type, nothing else.
            if (assignment is Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax { Left: Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax name } &&
                name.Identifier.ValueText == member)
            {
                return true;
            }
        }

        return false;
    }

    // ----- writes -----

    private ObjectSet Assign(ISimpleAssignmentOperation assignment)
    {
        if (assignment.IsRef)
        {
            ObjectSet storage = StorageOf(assignment.Value);
            if (assignment.Target is ILocalReferenceOperation refLocal)
            {
                _state = _state.SetRef(refLocal.Local, storage);
                if (Unconverted(assignment.Value) is IInvocationOperation { TargetMethod.ReturnsByRef: true } refCall && WritesItsArgument(refCall.TargetMethod))
                {
                    (_refsIntoChangedArguments ??= new(SymbolEqualityComparer.Default)).Add(refLocal.Local);
                }
                else
                {
                    _refsIntoChangedArguments?.Remove(refLocal.Local);
                }
            }

            return FlowState.NoObjects;
        }

        ObjectSet value = Eval(assignment.Value);
        WriteTarget(assignment, assignment.Target, value, readModifyWrite: null);
        return value;
    }

    /// <summary>Assigns <paramref name="value"/> to a target: a variable gets it (strong update), memory is written.</summary>
    private void WriteTarget(IOperation write, IOperation target, ObjectSet value, string? readModifyWrite)
    {
        switch (target)
        {
            case ILocalReferenceOperation { Local.RefKind: RefKind.None } local:
                if (_reporting && readModifyWrite is not null || (_reporting && IsCaptured(local.Local)))
                {
                    if (IsCaptured(local.Local))
                    {
                        _observer.CapturedAssignment(this, write, local.Local);
                    }
                }

                if (readModifyWrite is null)
                {
                    // Only an object the variable held can become unreachable by this assignment.
                    bool heldPublished = _state.HoldsPublishedFresh(GetValue(local.Local));
                    SetValue(local.Local, value);
                    if (heldPublished)
                    {
                        _state = Current.DropUnreachablePublished();
                    }
                }

                return;
            case ILocalReferenceOperation refLocal:
                ObjectSet referenced = _state.GetRef(refLocal.Local);
                if (_reporting && readModifyWrite is not null && _refsIntoChangedArguments?.Contains(refLocal.Local) != true)
                {
                    foreach (AbstractObject obj in referenced)
                    {
                        if (obj is { Kind: ObjectKind.Field, Symbol: IFieldSymbol { IsStatic: true } staticField })
                        {
                            // `ref long total = ref s_bytes; total += n;`: the static variable itself is updated.
                            _observer.FieldUpdate(this, write, staticField, readModifyWrite, mutator: false);
                        }
                    }
                }

                WriteInto(write, referenced, value, null);
                return;
            case IParameterReferenceOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } byRefParameter when !IsCaptured(byRefParameter.Parameter):
                // The caller's variable (or the memory it lives in) is assigned: its summary tells the caller what it holds now.
                if (_reporting && readModifyWrite is not null)
                {
                    // `clock += micros` on a ref parameter: a read-modify-write of whatever variable the caller passed (a
                    // static one races when the caller is worker code: the summary tells the caller).
                    _observer.FieldUpdate(this, write, byRefParameter.Parameter, readModifyWrite, mutator: false);
                }

                AssignByRefParameter(write, byRefParameter.Parameter, readModifyWrite is null ? value : GetValue(byRefParameter.Parameter));
                return;
            case IParameterReferenceOperation memberParameter when IsCapturedByInstance(memberParameter.Parameter):
                if (_reporting && Outer is not null)
                {
                    // `remaining -= n` in a callback: the instance's captured primary-constructor parameter is assigned.
                    _observer.CapturedAssignment(this, write, memberParameter.Parameter);
                }

                StoreVariableMember(write, memberParameter.Parameter, value, readModifyWrite);
                return;
            case IParameterReferenceOperation parameter:
                if (_reporting && IsCaptured(parameter.Parameter))
                {
                    _observer.CapturedAssignment(this, write, parameter.Parameter);
                }

                if (readModifyWrite is null)
                {
                    SetValue(parameter.Parameter, value);
                }

                return;
            case IFieldReferenceOperation { Field.RefKind: not RefKind.None, Instance: not null } refField:
                // `cursor.Weight = 0` where Weight is a `ref int` field of a ref struct: the variable it refers to is
                // assigned (an element of the array the cursor was made over), not the cursor.
                WriteInto(write, StorageOf(refField), value, null);
                return;
            case IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } } field:
                Eval(field.Instance);
                // `s = s + 1` is as much a read-modify-write as `s++`.
                string? update = readModifyWrite ?? (ReadsItself(value: write, field.Field) ? "read-modify-write" : null);
                if (_reporting && update is not null && (field.Field.IsStatic || field.Field.IsVolatile))
                {
                    _observer.FieldUpdate(this, write, field.Field, update, mutator: false);
                }

                if (_reporting && Outer is not null && !field.Field.IsStatic)
                {
                    // A field of the enclosing instance, changed from a delegate body.
                    _observer.CapturedAssignment(this, write, field.Field);
                }

                StoreVariableMember(write, field.Field, value, readModifyWrite);
                return;
            case IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }, Property: var property } self when IsAutoProperty(property):
                Eval(self.Instance);
                string? propertyUpdate = readModifyWrite ?? (ReadsItself(write, property) ? "read-modify-write" : null);
                if (_reporting && propertyUpdate is not null && property.IsStatic)
                {
                    _observer.FieldUpdate(this, write, property, propertyUpdate, mutator: false);
                }

                StoreVariableMember(write, property, value, readModifyWrite);
                return;
            case IMemberReferenceOperation { Instance: { Type.IsValueType: true } instance, Member: IFieldSymbol or IPropertySymbol { IsIndexer: false } } structMember
                when instance is ILocalReferenceOperation { Local.RefKind: RefKind.None } or IFlowCaptureReferenceOperation && !IsView(instance.Type!) &&
                     (structMember.Member is IFieldSymbol || IsAutoProperty((IPropertySymbol)structMember.Member)):
                // `copy.Items = new()` on a struct local (or the copy a struct `with` makes): the variable's own copy
                // changes (nobody else's memory); from now on it holds the new value there and what it held elsewhere.
                if (_reporting && instance is ILocalReferenceOperation { Local: var capturedStruct } && IsCaptured(capturedStruct))
                {
                    // `totals.Requests += n` in a delegate body: the captured variable itself is assigned.
                    _observer.CapturedAssignment(this, write, capturedStruct);
                }

                if (readModifyWrite is null)
                {
                    object variable = instance is ILocalReferenceOperation structLocal ? structLocal.Local : ((IFlowCaptureReferenceOperation)instance).Id;
                    AbstractObject changed = AbstractObject.Fresh(write);
                    _state = _state.Reallocate(changed)
                        .Store(new HeapKey(changed, null, copiedFrom: true), GetValue(variable), strong: true)
                        .Store(new HeapKey(changed, structMember.Member), value, strong: true);
                    SetValue(variable, ObjectSet.Create(changed));
                }

                return;
            case IMemberReferenceOperation { Instance: { Type.IsValueType: true } structOwner, Member: IFieldSymbol or IPropertySymbol { IsIndexer: false } }
                when ByRefParameterHolding(structOwner) is { } byRefStruct:
                // `window.Count++` on a `ref Window window` (or a `this ref` receiver): the caller's variable changes in
                // place, wherever it lives (a static, an element of a snapshot's array): the summary tells the caller.
                if (_reporting)
                {
                    if (readModifyWrite is not null)
                    {
                        _observer.FieldUpdate(this, write, byRefStruct, readModifyWrite, mutator: false);
                    }

                    _observer.ByRefParameterAssigned(this, write, byRefStruct, GetValue(byRefStruct));
                }

                return;
            case IPropertyReferenceOperation { Instance: null, Property: { IsStatic: true, IsIndexer: false } staticProperty } when readModifyWrite is not null && !IsAutoProperty(staticProperty):
                // ProcessTotals.Bytes += n on a static property with its own accessors: read, then written, not atomically.
                if (_reporting)
                {
                    _observer.FieldUpdate(this, write, staticProperty, readModifyWrite, mutator: false);
                }

                return;
            case IPropertyReferenceOperation { Instance: { } cursorOwner, Property.SetMethod: { } setter } when !_engine.IsInSource(setter) && ChangesNoData(setter):
                // stream.Position = 0 on a memory stream over a published array: the array does not change.
                Eval(cursorOwner);
                return;
            case IMemberReferenceOperation or IArrayElementReferenceOperation:
                ISymbol? member = ElementOrMember((target as IMemberReferenceOperation)?.Member);
                if (target is IPropertyReferenceOperation indexed)
                {
                    foreach (IArgumentOperation index in indexed.Arguments)
                    {
                        Eval(index);
                    }
                }
                else if (target is IArrayElementReferenceOperation element)
                {
                    foreach (IOperation index in element.Indices)
                    {
                        Eval(index);
                    }
                }

                ObjectSet storage = StorageOf(target);
                WriteInto(write, storage, value, member);
                if (target is IPropertyReferenceOperation { Property: { SetMethod: { } setAccessor } setProperty } && !IsAutoProperty(setProperty) &&
                    _engine.IsInSource(setAccessor) && _engine.SummaryOf(setAccessor, this) is { } setterSummary)
                {
                    // `recycler.Target = table` with `set => value.Rows.Clear()`: the setter is a call with the value
                    // as its last argument; what it does to it (or stores, publishes, hands off) happens here.
                    // (The instance and the indices were evaluated above: the receiver is the storage written, an
                    // index argument is taken as holding nothing the setter could change.)
                    ObjectSet[] setterArguments = Arguments(setAccessor.Parameters.Length);
                    for (int i = 0; i < setterArguments.Length; i++)
                    {
                        setterArguments[i] = i == setterArguments.Length - 1 ? value : FlowState.NoObjects;
                    }

                    setterSummary.Apply(this, write, ImmutableArray<IArgumentOperation>.Empty, storage, setterArguments);
                }

                return;
            case IInvocationOperation { TargetMethod.ReturnsByRef: true } refReturning:
                // CollectionsMarshal.GetValueRefOrAddDefault(map, key, out _)++: the ref points into the argument.
                ObjectSet referent = Eval(refReturning);
                if (_reporting && readModifyWrite is not null && !WritesItsArgument(refReturning.TargetMethod))
                {
                    foreach (AbstractObject obj in referent)
                    {
                        if (obj is { Kind: ObjectKind.Field, Symbol: IFieldSymbol { IsStatic: true } staticField })
                        {
                            // `Counters.Misses()++` where Misses() returns `ref s_misses`: the static variable itself is updated.
                            _observer.FieldUpdate(this, write, staticField, readModifyWrite, mutator: false);
                        }
                    }
                }

                WriteInto(write, referent, value, null);
                return;
            case IImplicitIndexerReferenceOperation implicitIndexer:
                Eval(implicitIndexer.Argument);
                ObjectSet indexedByImplicit = Eval(implicitIndexer.Instance);
                WriteInto(write, indexedByImplicit, value, null);
                CallImplicitIndexer(write, (implicitIndexer.IndexerSymbol as IPropertySymbol)?.SetMethod, indexedByImplicit, value);
                return;
            case IInlineArrayAccessOperation { Instance: var inlineArray } inlineElement when readModifyWrite is not null:
                // `Latency.Counts[i]++` on an [InlineArray] struct: the element is the struct's own storage, so a read-
                // modify-write of it is one of the variable the struct lives in (a static field: every worker's).
                Eval(inlineElement.Argument);
                WriteTarget(write, inlineArray, value, readModifyWrite);
                return;
            case IFlowCaptureReferenceOperation capture when _locations.TryGetValue(capture.Id, out IOperation? location) && location != target:
                if (_reporting && location is IFieldReferenceOperation { Field: var captured } && (captured.IsStatic || captured.IsVolatile) &&
                    (_locationsReadAsValue?.Contains(capture.Id) == true || SourceAssignmentReadsItself(write, captured)))
                {
                    // A lowered `s ??= v` or `s += v`: read, then written.
                    _observer.FieldUpdate(this, write, captured, "compound assignment", mutator: false);
                }

                WriteTarget(write, location, value, readModifyWrite);
                SetValue(capture.Id, value);
                return;
            case IFlowCaptureReferenceOperation:
            case IDiscardOperation:
                return;
            default:
                Eval(target);
                return;
        }
    }

    /// <summary>
    /// The <c>ref</c>/<c>out</c> parameter whose struct a member chain lives in (<c>window.Nested.Total</c>): the caller's
    /// variable, not a copy of the callee's. Null for anything else (a local copy, a field, a view's element).
    /// </summary>
    private IParameterSymbol? ByRefParameterHolding(IOperation instance)
    {
        while (true)
        {
            switch (instance)
            {
                case IParameterReferenceOperation { Parameter: { RefKind: RefKind.Ref or RefKind.Out } parameter } when !IsCaptured(parameter):
                    return parameter;
                case IFieldReferenceOperation { Instance: { Type.IsValueType: true } inner } when !IsView(inner.Type!):
                    instance = inner;
                    continue;
                default:
                    return null;
            }
        }
    }

    private void StoreVariableMember(IOperation write, ISymbol member, ObjectSet value, string? readModifyWrite)
    {
        if (readModifyWrite is not null)
        {
            if (_reporting)
            {
                // `_hits++`: the member changes, though no object is stored in it.
                _observer.FieldStore(this, write, member, FlowState.NoObjects, Current);
            }

            return;
        }

        SetValue(member, value);
        if (_reporting)
        {
            _observer.FieldStore(this, write, member, value, Current);
        }
    }

    /// <summary>Memory is written: tell the observer which objects change, and remember what was stored where.</summary>
    private void WriteInto(IOperation write, ObjectSet containers, ObjectSet value, ISymbol? member)
    {
        if (_reporting)
        {
            foreach (AbstractObject container in containers)
            {
                _observer.Write(this, write, container, Current);
            }
        }

        foreach (AbstractObject container in containers)
        {
            // Only a member assignment of one known fresh object replaces what it held; elements accumulate — onto
            // what the member held before, which for memory not written here yet is its reach (a snapshot's elements
            // stay the snapshot's after `list.Remove(x)`: a stored entry is read instead of that reach from then on).
            var key = new HeapKey(container, member);
            bool strong = member is not null && containers.Count == 1 && container.Kind == ObjectKind.Fresh;
            // A fresh object starts empty: nothing to keep.
            ObjectSet stored = !strong && container.Kind != ObjectKind.Fresh && !_state.Heap.ContainsKey(key) ? value.Union(Read(ObjectSet.Create(container), member)) : value;
            _state = _state.Store(key, stored, strong);
        }
    }

    /// <summary>The objects whose memory a location (field, element, ref) lives in.</summary>
    private ObjectSet StorageOf(IOperation? location)
    {
        switch (location)
        {
            case IConversionOperation conversion:
                return StorageOf(conversion.Operand);
            case IParenthesizedOperation parenthesized:
                return StorageOf(parenthesized.Operand);
            case IArrayElementReferenceOperation element:
                return Eval(element.ArrayReference);
            case ILocalReferenceOperation { Local.RefKind: not RefKind.None } refLocal:
                return _state.GetRef(refLocal.Local);
            case ILocalReferenceOperation or IParameterReferenceOperation or IFlowCaptureReferenceOperation:
                // A variable's own storage: nobody else's memory.
                return FlowState.NoObjects;
            case IFieldReferenceOperation { Field.RefKind: not RefKind.None, Instance: { } refOwner } refField:
                // A ref field lives where it points: what the ref struct was given for it (its constructor's argument).
                return Read(Eval(refOwner), refField.Field);
            case IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } } field:
                return field.Field.Type.IsValueType ? ObjectSet.Create(AbstractObject.Field(field.Field)) : FlowState.NoObjects;
            case IMemberReferenceOperation { Instance: { } instance } member:
                if (instance.Type is { IsValueType: true } && !IsView(instance.Type) && !(member is IPropertyReferenceOperation { Property.ReturnsByRef: true }))
                {
                    // A member of a struct lives where the struct lives: a local copy is nobody else's memory.
                    return StorageOf(instance);
                }

                if (instance.Type is { IsValueType: true })
                {
                    // A ref-returning indexer of a span-like view: the viewed memory.
                    return Eval(instance);
                }

                return Eval(instance);
            case IImplicitIndexerReferenceOperation implicitIndexer:
                return Eval(implicitIndexer.Instance);
            case IInvocationOperation invocation:
                return Eval(invocation);
            default:
                return Eval(location);
        }
    }

    // ----- calls -----

    private ObjectSet Invoke(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        bool inSource = _engine.IsInSource(method);
        ObjectSet receiver = Eval(invocation.Instance);
        if (_reporting && Outer is not null && Place.LeavesCallerThread && method is { IsStatic: false } && (method.IsVirtual || method.IsAbstract || method.IsOverride) &&
            invocation.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } && receiver.Contains(AbstractObject.This))
        {
            _observer.OwnVirtualCallElsewhere(this, invocation, method);
        }

        ObjectSet[] arguments = Arguments(method.Parameters.Length);
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = FlowState.NoObjects;
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            // A by-ref argument is a location: the callee writes where it lives, not into the object it holds.
            bool byRef = argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out;

            // A source callee's summary tells apart what it does to the object held (Clear) from what it assigns to
            // the parameter (AssignByRefFromCallee): it gets the value; the BCL table speaks of the location.
            bool wasPassingHome = _passingToOwnLoop;
            _passingToOwnLoop = argument.Parameter is { } stateParameter && (_engine.Roles.Of(stateParameter) & Role.PassedToCallback) != 0 &&
                                _engine.HasParameterRoles(method) && RunsOnCallingLoop(method, receiver);
            ObjectSet value = byRef && !inSource ? StorageOf(argument.Value) : Eval(argument.Value);
            _passingToOwnLoop = wasPassingHome;
            if (!inSource && method.ReturnsByRef && argument.Parameter?.RefKind is RefKind.In or RefKind.RefReadOnlyParameter)
            {
                // Unsafe.AsRef(in card.Limit): the ref returned may point into the memory the argument lives in.
                value = value.Union(StorageOf(argument.Value));
            }

            if (argument.Parameter is { } parameter && parameter.Ordinal < arguments.Length)
            {
                arguments[parameter.Ordinal] = arguments[parameter.Ordinal].Union(value);
            }

            if (byRef && !inSource && !value.IsEmpty)
            {
                // int.TryParse(s, out card.Limit), Interlocked.Increment(ref card.Hits): memory of those objects changes.
                WriteInto(argument, value, FlowState.NoObjects, null);
            }

            if (_reporting && !inSource && argument.Parameter?.RefKind == RefKind.Ref && argument.Value is IFieldReferenceOperation { Field.IsStatic: true } staticByRef &&
                BclKnowledge.UpdatesByRefArgument(method))
            {
                // Array.Resize(ref s_buffer, n): the library reads the static variable and assigns it, not atomically.
                _observer.FieldUpdate(this, argument, staticByRef.Field, $"read-modify-write through 'ref' ({method.ContainingType.Name}.{method.Name})", mutator: false);
            }
        }

        if (_reporting && !inSource && invocation.Instance is ILocalReferenceOperation { Local: { Type: { IsValueType: true, IsReadOnly: false } } mutated } &&
            !method.IsReadOnly && !method.IsStatic && IsCaptured(mutated))
        {
            // `names.MoveNext()` on a captured struct enumerator: a library struct's method not marked readonly may
            // change the struct, and the struct is the captured variable itself (every thread running this body advances it).
            _observer.CapturedAssignment(this, invocation, mutated);
        }

        if (_reporting && !_engine.HasParameterRoles(method))
        {
            // (Weft's own posting APIs and the generated slot members say by their role attributes what their callbacks get.)
            BindLambdaParameters(invocation, receiver, arguments);
        }

        if (!inSource)
        {
            RunLibraryMethodGroups(invocation, method, arguments);
        }

        if (_reporting && IsSplitReadModifyWrite(invocation) is { } updated)
        {
            // Volatile.Write(ref s, Volatile.Read(ref s) + 1): each call is atomic, the increment between them is not.
            _observer.FieldUpdate(this, invocation, updated, "read-modify-write", mutator: false);
        }

        if (method.MethodKind == MethodKind.LocalFunction && _reporting && (_localCallsRun ??= new HashSet<IOperation>()).Add(invocation))
        {
            // Called here: it runs now, on this thread, with this state — at each call, so a call after a publish is
            // judged with the state there, not only the first call's.
            _handedOff.Add(method);
            _engine.RunDelegate(this, AbstractObject.MethodGroup(method, FlowState.NoObjects, Graph), InlinePlace, Current, _observer);
        }

        // What a local function returns when run here on the caller's variables (a captured instance handed back).
        ObjectSet returnedHere = FlowState.NoObjects;
        if (method.MethodKind == MethodKind.LocalFunction && _engine.RunLocalFunction(this, method, Current) is { } afterLocal)
        {
            MergePublished(afterLocal.Exit);
            returnedHere = afterLocal.Returned;
        }

        if (method.Name == "<Clone>$")
        {
            return CopyOf(invocation, receiver, null);
        }

        if (BclKnowledge.LeavesContext(invocation) || receiver.Contains(AbstractObject.ContextFree))
        {
            // `await foreach (… in source.ConfigureAwait(false))`: the enumerator and each MoveNextAsync inherit it.
            // The task's own objects ride along: awaiting it yields what the task holds.
            return receiver.Add(AbstractObject.ContextFree);
        }

        ObjectSet result = ApplyRoles(invocation, method, receiver, arguments, invocation.Arguments);
        ObjectSet? known = ApplyFacts(invocation, method, receiver, arguments, invocation.Arguments);
        if (known is not null)
        {
            result = result.Union(known);
        }
        else if (!inSource && method.MethodKind != MethodKind.DelegateInvoke)
        {
            AssignUnknownOuts(method, receiver, arguments, invocation.Arguments);
            if (result.IsEmpty && MadeByLibrary(invocation.Type))
            {
                // JsonSerializer.Deserialize<Config>(json), ArrayPool<byte>.Shared.Rent(n): an object the caller did
                // not have before, one per call, so that publishing it and writing it later is seen.
                result = ObjectSet.Create(AllocateResult(invocation, 0));
            }
        }
        else if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            result = result.Union(RunDelegatesHere(invocation, receiver, invocation.Arguments, arguments));
            if (_reporting)
            {
                foreach (AbstractObject held in receiver)
                {
                    if (held is { Kind: ObjectKind.Field, Symbol.IsStatic: false })
                    {
                        // `_pending?.Invoke()`: whatever a member of the instance holds (a summary tells its callers,
                        // who may know what another method of the type stored there).
                        _observer.MemberDelegateRun(this, invocation, held);
                    }
                }
            }
        }
        else if (_engine.SummaryOf(method, this) is { } summary)
        {
            result = result.Union(summary.Apply(this, invocation, invocation.Arguments, receiver, arguments));
            // (A summary also takes its own method's field reads on its thread as its own: a method group's receiver is
            // judged by what the method reads there, through the instance's other methods too.)
            if (_reporting && summary.OwnFieldReads.Count > 0 && (Place.LeavesCallerThread || _state.OffLoop is not null || _observer is MethodSummary) &&
                (invocation.Instance is IInstanceReferenceOperation || (invocation.Instance is null && SymbolEqualityComparer.Default.Equals(method.ContainingType, Function?.ContainingType))))
            {
                // `_ => Trim()` on a timer: the fields Trim reads are read on the timer's thread.
                foreach (ISymbol field in summary.OwnFieldReads)
                {
                    _observer.FieldRead(this, invocation, field, HeldBy(field), Current);
                }
            }
            if (_reporting && summary.WritesOwnMembers && invocation.Instance is IInstanceReferenceOperation)
            {
                // Trim() from a ContinueWith callback, Append(line) after the member's own ConfigureAwait(false): the
                // method changes its instance's fields there, and a per-worker instance is its worker's state.
                Place? elsewhere = Outer is not null && Place.LeavesCallerThread ? Place
                    : _state.OffLoop is { } offLoop ? new Place(PlaceKind.OffPool, offLoop) : null;
                if (elsewhere is { } there)
                {
                    // After the await: only its own instance as held across it (not one read on the loop since).
                    bool afterAwait = !(Outer is not null && Place.LeavesCallerThread);
                    ObjectSet worker = receiver.Where(o => o.Kind == ObjectKind.Worker && (!afterAwait || o.CrossedOffLoop));
                    if (!worker.IsEmpty)
                    {
                        _observer.HandedOff(this, invocation, worker, there);
                    }
                }
            }
        }

        if (known is null && (invocation.IsVirtual || method.IsAbstract))
        {
            // Dispatched: any implementation in the compilation may run (the union of what they do) — unless the
            // receiver is an object this code made, whose class is known (`ISink audit = new LoggingSink();`).
            foreach (IMethodSymbol implementation in KnownImplementations(method, receiver) ?? _engine.ImplementationsOf(method))
            {
                if (_engine.SummaryOf(implementation, this) is { } implemented)
                {
                    result = result.Union(implemented.Apply(this, invocation, invocation.Arguments, receiver, arguments));
                }
            }

            // A library interface's method called on an object of a known source type (the Dispose at the end of a
            // `using`): that type's implementation runs.
            if (method.ContainingType.TypeKind == TypeKind.Interface && !inSource &&
                StaticTypeOf(invocation.Instance) is INamedTypeSymbol { TypeKind: not TypeKind.Interface } concrete && !concrete.DeclaringSyntaxReferences.IsEmpty &&
                concrete.FindImplementationForInterfaceMember(method) is IMethodSymbol { DeclaringSyntaxReferences.IsEmpty: false } own &&
                _engine.SummaryOf(own, this) is { } ownSummary)
            {
                result = result.Union(ownSummary.Apply(this, invocation, invocation.Arguments, receiver, arguments));
            }
        }

        result = result.Union(returnedHere);
        if (inSource && (_engine.Roles.Of(method) & Role.CallingThreadLoop) != 0)
        {
            // As for such a property, the attribute is the contract: the body's fallback for a caller off the pool
            // (`Dispatcher.Current ?? Main`) is not what a caller on a loop gets. (A library method has no body read:
            // its roles alone made the result.)
            return ObjectSet.Create(AbstractObject.CallingLoop);
        }

        // A ref return denotes storage (GetValueRefOrAddDefault(map, key, out _)++): keep it whatever its type. So does a
        // `ref readonly` one (ImmutableArray's ItemRef): Unsafe.AsRef makes it writable.
        return Tracked(invocation.Type) || method.ReturnsByRef || method.ReturnsByRefReadonly ? result : FlowState.NoObjects;
    }

    /// <summary>
    /// Delegates invoked here (a variable's, or a member's a callee runs): each body they may be runs now, with these
    /// arguments; the result is what they return.
    /// </summary>
    public ObjectSet RunDelegatesHere(IOperation call, ObjectSet delegates, ImmutableArray<IArgumentOperation> argumentOperations, ObjectSet[] arguments)
    {
        ObjectSet result = FlowState.NoObjects;
        foreach (AbstractObject @delegate in delegates)
        {
            if (_reporting && @delegate is { Kind: ObjectKind.Delegate, Key: IFlowAnonymousFunctionOperation or IMethodSymbol { MethodKind: MethodKind.LocalFunction } } && InPerThreadCallback &&
                (_delegatesRunHere ??= new HashSet<(IOperation, object)>()).Add((call, @delegate.Key!)))
            {
                // `onCount(n)` or a raise of an event in a callback every thread runs: the lambda (or local function)
                // runs here, on each of them, with what it captured; its changes to that are judged in it (its summary
                // keeps nothing of the caller's captured variables).
                _engine.RunDelegate(this, @delegate, InlinePlace, Current, _observer);
            }

            bool ranOnItsReceiver = false;
            if (_reporting && @delegate is { Kind: ObjectKind.Delegate, Key: IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false } handler, Receiver.IsEmpty: false } &&
                InPerThreadCallback && _engine.IsInSource(handler) &&
                handler.DeclaringSyntaxReferences[0].SyntaxTree == call.Syntax.SyntaxTree &&
                (_delegatesRunHere ??= new HashSet<(IOperation, object)>()).Add((call, @delegate.Key!)))
            {
                // An instance method group another object handed in (an event handler `OnIdle` bound to its subscriber)
                // runs here on each thread, on that one object: what it changes of it is judged at the write in it, as
                // for a method group handed to a per-thread callback (in another file, at this call, by its summary).
                _engine.RunDelegate(this, @delegate, InlinePlace, Current, _observer);
                ranOnItsReceiver = true;
            }

            if (@delegate.Kind == ObjectKind.Delegate && _engine.SummaryOfDelegate(@delegate, this) is { } delegateSummary)
            {
                result = result.Union(delegateSummary.Apply(this, call, argumentOperations, ranOnItsReceiver ? FlowState.NoObjects : @delegate.Receiver, arguments));
                if (_engine.RunLambdaHere(this, @delegate, Current) is { } afterLambda)
                {
                    // What it published of the caller's variables is published from here on; what it returns of
                    // them is the call's value.
                    MergePublished(afterLambda.Exit);
                    result = result.Union(afterLambda.Returned);
                    if (!afterLambda.Written.IsEmpty)
                    {
                        WriteFromCallee(call, afterLambda.Written);
                    }
                }
            }
            else if (@delegate is { Kind: ObjectKind.Delegate, Key: IMethodSymbol bound } && !_engine.IsInSource(bound) &&
                     ApplyFacts(call, bound, @delegate.Receiver, arguments, ImmutableArray<IArgumentOperation>.Empty) is { } boundResult)
            {
                // A library method group (`Action<string> record = names.Add;`): what the table says it does, to the
                // object it is bound to.
                result = result.Union(boundResult);
            }
            else if (@delegate is { Kind: ObjectKind.Delegate, Key: IMethodSymbol published } && call is IInvocationOperation invocation && _engine.HasParameterRoles(published))
            {
                // `Action<T> publish = slot.Publish; publish(table);`: the bound method's [Published] parameter gets
                // the argument at the same position.
                PublishThroughDelegate(invocation, published, arguments);
            }
        }

        return result;
    }

    /// <summary>A callee kept these objects in a member of objects the caller holds (a lambda in a helper's field).</summary>
    public void StoreInMemberOf(ObjectSet owners, ISymbol member, ObjectSet objects)
    {
        foreach (AbstractObject owner in owners)
        {
            _state = _state.Store(new HeapKey(owner, member), objects, strong: false);
        }
    }

    /// <summary>
    /// The implementations a virtual or interface call runs when every object it may be called on was created here
    /// with <c>new</c> (its class is known); null when any receiver is of unknown class.
    /// </summary>
    private static IEnumerable<IMethodSymbol>? KnownImplementations(IMethodSymbol method, ObjectSet receiver)
    {
        if (receiver.IsEmpty)
        {
            return null;
        }

        var implementations = new List<IMethodSymbol>();
        foreach (AbstractObject obj in receiver)
        {
            if (obj is not { Kind: ObjectKind.Fresh, Site: IObjectCreationOperation { Type: INamedTypeSymbol created } })
            {
                return null;
            }

            IMethodSymbol? implementation = method.ContainingType.TypeKind == TypeKind.Interface
                ? created.FindImplementationForInterfaceMember(method.OriginalDefinition) as IMethodSymbol
                : OverrideIn(created, method);
            if (implementation is not null)
            {
                implementations.Add(implementation);
            }
        }

        return implementations;
    }

    /// <summary>
    /// A method group over a virtual or interface method (<c>IJob job = new Report(); Task.Run(job.Run);</c>): for an
    /// object made here with <c>new</c>, whose class is known, the delegate runs that class's implementation (in source),
    /// as a call through the variable would; over any other object it stays the declared method (any implementation).
    /// </summary>
    private static ObjectSet DispatchedMethodGroup(IMethodSymbol method, ObjectSet receiver)
    {
        // Receivers ride along a delegate without taking part in its equality: one delegate per implementation, bound
        // to every object of a class that runs it.
        Dictionary<IMethodSymbol, ObjectSet>? byImplementation = null;
        ObjectSet unknown = FlowState.NoObjects;
        foreach (AbstractObject obj in receiver)
        {
            IMethodSymbol? implementation = obj is { Kind: ObjectKind.Fresh, Site: IObjectCreationOperation { Type: INamedTypeSymbol created } }
                ? (method.ContainingType.TypeKind == TypeKind.Interface ? created.FindImplementationForInterfaceMember(method) as IMethodSymbol : OverrideIn(created, method))
                : null;
            if (implementation is { IsAbstract: false, DeclaringSyntaxReferences.IsEmpty: false })
            {
                byImplementation ??= new Dictionary<IMethodSymbol, ObjectSet>(SymbolEqualityComparer.Default);
                byImplementation[implementation] = byImplementation.TryGetValue(implementation, out ObjectSet? others) ? others.Add(obj) : ObjectSet.Create(obj);
            }
            else
            {
                unknown = unknown.Add(obj);
            }
        }

        if (byImplementation is null)
        {
            return ObjectSet.Create(AbstractObject.MethodGroup(method, receiver, null));
        }

        var groups = new ObjectSet.Builder();
        foreach (var entry in byImplementation)
        {
            groups.Add(AbstractObject.MethodGroup(entry.Key, entry.Value, null));
        }

        if (!unknown.IsEmpty)
        {
            groups.Add(AbstractObject.MethodGroup(method, unknown, null));
        }

        return groups.ToImmutable();
    }

    /// <summary>The source events of the classes of objects made here with <c>new</c> that implement or override <paramref name="declared"/>.</summary>
    private IEnumerable<IEventSymbol> ImplementedEvents(IEventSymbol declared, ObjectSet owners)
    {
        foreach (AbstractObject owner in owners)
        {
            if (owner is not { Kind: ObjectKind.Fresh, Site: IObjectCreationOperation { Type: INamedTypeSymbol created } })
            {
                continue;
            }

            IEventSymbol? implemented = declared.ContainingType.TypeKind == TypeKind.Interface
                ? created.FindImplementationForInterfaceMember(declared) as IEventSymbol
                : OverridingEvent(created, declared);
            if (implemented is not null && !SymbolEqualityComparer.Default.Equals(implemented, declared) && _engine.IsInSource(implemented))
            {
                yield return implemented;
            }
        }
    }

    private static IEventSymbol? OverridingEvent(INamedTypeSymbol type, IEventSymbol declared)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers(declared.Name))
            {
                for (IEventSymbol? overridden = member as IEventSymbol; overridden is not null; overridden = overridden.OverriddenEvent)
                {
                    if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, declared.OriginalDefinition))
                    {
                        return (IEventSymbol)member;
                    }
                }
            }
        }

        return null;
    }

    private static IMethodSymbol? OverrideIn(INamedTypeSymbol type, IMethodSymbol method)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers(method.Name))
            {
                if (member is IMethodSymbol candidate)
                {
                    for (IMethodSymbol? overridden = candidate; overridden is not null; overridden = overridden.OverriddenMethod)
                    {
                        if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method.OriginalDefinition))
                        {
                            return candidate;
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A library method group handed to a library call that runs it here (`best.ForEach(HallOfFame.Scores.Add)`): what
    /// the table says the method does, it does to the object it is bound to, at this call. A thread entry's delegates
    /// run elsewhere and are judged there.
    /// </summary>
    private void RunLibraryMethodGroups(IInvocationOperation invocation, IMethodSymbol method, ObjectSet[] arguments)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (Unconverted(argument.Value) is not IDelegateCreationOperation { Target: IMethodReferenceOperation { Method: var bound, Instance: not null } } ||
                _engine.IsInSource(bound) || argument.Parameter is not { Ordinal: var ordinal } || ordinal >= arguments.Length)
            {
                continue;
            }

            foreach (BclFact fact in _engine.FactsOf(method))
            {
                if (fact.Effect == BclEffect.ThreadEntry)
                {
                    return;
                }
            }

            foreach (AbstractObject @delegate in arguments[ordinal])
            {
                if (@delegate is { Kind: ObjectKind.Delegate, Key: IMethodSymbol } && !@delegate.Receiver.IsEmpty)
                {
                    ObjectSet[] boundArguments = Arguments(bound.Parameters.Length);
                    for (int i = 0; i < boundArguments.Length; i++)
                    {
                        boundArguments[i] = FlowState.NoObjects;
                    }

                    ApplyFacts(invocation, bound, @delegate.Receiver, boundArguments, ImmutableArray<IArgumentOperation>.Empty);
                }
            }
        }
    }

    /// <summary>
    /// A lambda given to a method next to a collection (<c>items.ForEach(i => i.Hits++)</c>, <c>Select</c>,
    /// <c>Parallel.ForEach</c>) or a value of its parameter's type (<c>Aggregate</c>'s seed, a helper's
    /// <c>Apply(target, change)</c>) gets those elements or that value as its parameter, wherever it runs: a write to
    /// the parameter writes them.
    /// </summary>
    private void BindLambdaParameters(IInvocationOperation invocation, ObjectSet receiver, ObjectSet[] arguments)
    {
        for (int i = 0; i < invocation.Arguments.Length; i++)
        {
            IArgumentOperation argument = invocation.Arguments[i];
            if (argument.Parameter is not { Ordinal: var ordinal } || ordinal >= arguments.Length || Unconverted(argument.Value) is not IDelegateCreationOperation { Target: IFlowAnonymousFunctionOperation })
            {
                continue;
            }

            foreach (AbstractObject lambda in arguments[ordinal])
            {
                if (lambda is not { Kind: ObjectKind.Delegate, Key: IFlowAnonymousFunctionOperation flow } || !lambda.Closure.IsEmpty)
                {
                    continue;
                }

                ImmutableDictionary<object, ObjectSet>.Builder? bound = null;
                foreach (IParameterSymbol parameter in flow.Symbol.Parameters)
                {
                    if (!Tracked(parameter.Type) || parameter.Type.SpecialType == SpecialType.System_Object)
                    {
                        continue;
                    }

                    var candidates = new ObjectSet.Builder();
                    if (invocation.Instance is { } instance)
                    {
                        AddSource(ref candidates, Unconverted(instance).Type, receiver, parameter.Type);
                    }

                    foreach (IArgumentOperation other in invocation.Arguments)
                    {
                        if (other != argument && other.Parameter is { Ordinal: var source } && source < arguments.Length)
                        {
                            AddSource(ref candidates, Unconverted(other.Value).Type, arguments[source], parameter.Type);
                        }
                    }

                    ObjectSet objects = candidates.ToImmutable();
                    if (!objects.IsEmpty)
                    {
                        (bound ??= ImmutableDictionary.CreateBuilder<object, ObjectSet>(VariableComparer.Instance))[parameter] = objects;
                    }
                }

                if (bound is null)
                {
                    continue;
                }

                AbstractObject withParameters = lambda.WithClosure(bound.ToImmutable());
                arguments[ordinal] = arguments[ordinal].Remove(lambda).Add(withParameters);
                for (int k = 0; k < _lambdas.Count; k++)
                {
                    if (_lambdas[k].Lambda.Equals(lambda))
                    {
                        _lambdas[k] = (withParameters, _lambdas[k].State);
                    }
                }
            }
        }
    }

    /// <summary>A source's elements when they fit the parameter (a collection), or the source itself when it does (a seed).</summary>
    private void AddSource(ref ObjectSet.Builder candidates, ITypeSymbol? sourceType, ObjectSet source, ITypeSymbol parameterType)
    {
        if (sourceType is null || source.IsEmpty)
        {
            return;
        }

        if (ElementTypeOf(sourceType) is { } element && AssignableTo(element, parameterType))
        {
            candidates.UnionWith(Read(source, null));
        }
        else if (AssignableTo(sourceType, parameterType))
        {
            candidates.UnionWith(source);
        }
    }

    private static ITypeSymbol? ElementTypeOf(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type is INamedTypeSymbol { Name: "IEnumerable", Arity: 1 } sequence)
        {
            return sequence.TypeArguments[0];
        }

        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            if (implemented is { Name: "IEnumerable", Arity: 1 } && implemented.ContainingNamespace?.Name == "Generic")
            {
                return implemented.TypeArguments[0];
            }
        }

        return null;
    }

    private static bool AssignableTo(ITypeSymbol type, ITypeSymbol target)
    {
        if (SymbolEqualityComparer.Default.Equals(type, target))
        {
            return true;
        }

        for (ITypeSymbol? baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(baseType, target))
            {
                return true;
            }
        }

        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, target))
            {
                return true;
            }
        }

        return false;
    }

    private bool ChangesNoData(IMethodSymbol setter)
    {
        foreach (BclFact fact in _engine.FactsOf(setter))
        {
            if (fact.Effect == BclEffect.ChangesNoData)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The operand under any implicit conversions (what the code wrote, with its own type).</summary>
    internal static IOperation Unconverted(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>
    /// An atomic helper's store into a variable: what it holds from now on, and for a field what the field is known to
    /// hold (a published or worker object kept there). Not a race by itself (no captured-assignment or update report),
    /// and memory of another object was already written where the argument was passed.
    /// </summary>
    private void AssignAtomically(IArgumentOperation location, ObjectSet value)
    {
        switch (Unconverted(location.Value))
        {
            case ILocalReferenceOperation { Local: { RefKind: RefKind.None } local }:
                SetValue(local, value);
                break;
            case IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter } when !IsCapturedByInstance(parameter):
                SetValue(parameter, value);
                break;
            case IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }, Field: var field }:
                StoreVariableMember(location, field, value, readModifyWrite: null);
                break;
        }
    }

    private void PublishThroughDelegate(IInvocationOperation invocation, IMethodSymbol bound, ObjectSet[] arguments)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter is not { Ordinal: var ordinal } || ordinal >= arguments.Length || ordinal >= bound.Parameters.Length ||
                (_engine.Roles.Of(bound.Parameters[ordinal]) & Role.Published) == 0)
            {
                continue;
            }

            Publish(arguments[ordinal], new Publication(invocation, _engine.CalleeName(bound)));
            if (_reporting)
            {
                _observer.PublishedArgument(this, argument, bound, bound.Parameters[ordinal], arguments[ordinal]);
            }
        }
    }

    /// <summary>The by-ref argument at <paramref name="ordinal"/> (the location an atomic helper reads or stores).</summary>
    private static IArgumentOperation? ByRefArgument(ImmutableArray<IArgumentOperation> arguments, int ordinal)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter is { RefKind: RefKind.Ref or RefKind.RefReadOnlyParameter or RefKind.In } parameter && parameter.Ordinal == ordinal)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The value an atomic helper stores: the argument right after its location.</summary>
    private static IArgumentOperation? ValueArgument(ImmutableArray<IArgumentOperation> arguments, int location)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter is { } parameter && parameter.Ordinal == location + 1)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>
    /// A table-known atomic store (<see cref="BclEffect.AtomicStore"/>) of a value computed from the static or volatile
    /// field it stores into: that field; otherwise null.
    /// </summary>
    private IFieldSymbol? IsSplitReadModifyWrite(IInvocationOperation invocation)
    {
        foreach (BclFact fact in _engine.FactsOf(invocation.TargetMethod))
        {
            if (fact.Effect != BclEffect.AtomicStore || invocation.Arguments.Length < 2 ||
                invocation.Arguments[0].Value is not IFieldReferenceOperation { Field: var field } || !(field.IsStatic || field.IsVolatile))
            {
                continue;
            }

            if (ReadsField(invocation.Arguments[1].Value, field, throughLocals: true))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>
    /// The value reads the field, directly or (<paramref name="throughLocals"/>) through a local whose only value was read
    /// from it: <c>long next = Interlocked.Read(ref s) + 1; Interlocked.Exchange(ref s, next);</c> is the same split.
    /// </summary>
    private bool ReadsField(IOperation value, IFieldSymbol field, bool throughLocals)
    {
        foreach (IOperation part in value.DescendantsAndSelf())
        {
            if (part is IFieldReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Field, field))
            {
                return true;
            }

            if (throughLocals && part is ILocalReferenceOperation && LocalValues.SoleInitializer(part, Graph.OriginalOperation) is { } initial &&
                ReadsField(initial, field, throughLocals: false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Takes over what a function run here (a local function, a lambda invoked in place) published.</summary>
    private void MergePublished(FlowState after)
    {
        foreach (var published in after.Published)
        {
            if (!_state.Published.ContainsKey(published.Key))
            {
                _state = _state.WithPublished(_state.Published.Add(published.Key, published.Value));
            }
        }
    }

    /// <summary>The operands of a call, one per parameter; a call without parameters (most getters, many calls) shares one empty array.</summary>
    /// <summary>
    /// A user-defined conversion in source (<c>implicit operator List&lt;string&gt;(NameSet set) => set._names.ToList()</c>)
    /// is a call of its operator: the value is what the operator returns (a copy, or the operand's own data), and what
    /// its body writes is applied. Past the summary bounds the operand's objects are kept, as for a language conversion.
    /// </summary>
    private ObjectSet UserConversion(IConversionOperation conversion, IMethodSymbol conversionOperator)
    {
        ObjectSet operand = Eval(conversion.Operand);
        if (_engine.SummaryOf(conversionOperator, this) is not { } summary)
        {
            return operand;
        }

        ObjectSet[] arguments = Arguments(conversionOperator.Parameters.Length);
        if (arguments.Length > 0)
        {
            arguments[0] = operand;
        }

        ObjectSet returned = summary.Apply(this, conversion, ImmutableArray<IArgumentOperation>.Empty, FlowState.NoObjects, arguments);
        return Tracked(conversion.Type) ? returned : FlowState.NoObjects;
    }

    /// <summary>
    /// The member an implicit Index or Range indexer reaches (<c>w[^1]</c>: the <c>int</c> indexer's accessor, also in an
    /// object initializer; <c>w[1..]</c>: <c>Slice</c>), when it is in source: a call of it on the indexed object, with
    /// the value assigned as a setter's last argument (an index holds nothing it could change). Null otherwise.
    /// </summary>
    private ObjectSet? CallImplicitIndexer(IOperation access, IMethodSymbol? member, ObjectSet indexed, ObjectSet? assigned)
    {
        if (member is null || !_engine.IsInSource(member) || _engine.SummaryOf(member, this) is not { } summary)
        {
            return null;
        }

        ObjectSet[] arguments = Arguments(member.Parameters.Length);
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = assigned is not null && i == arguments.Length - 1 ? assigned : FlowState.NoObjects;
        }

        return summary.Apply(this, access, ImmutableArray<IArgumentOperation>.Empty, indexed, arguments);
    }

    private static ObjectSet[] Arguments(int count) => count == 0 ? NoArguments : new ObjectSet[count];

    private static readonly ObjectSet[] NoArguments = [];

    /// <summary>The type of a value before it was converted (to an interface, for a call through it).</summary>
    private static ITypeSymbol? StaticTypeOf(IOperation? value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value?.Type;
    }

    /// <summary>A user-defined operator is a call of its method: its summary says what it writes and returns.</summary>
    private ObjectSet ApplyOperator(IOperation operation, IMethodSymbol method, ObjectSet left, ObjectSet right)
    {
        if (_engine.SummaryOf(method, this) is not { } summary)
        {
            return FlowState.NoObjects;
        }

        ObjectSet[] arguments = method.Parameters.Length switch
        {
            0 => [],
            1 => [left],
            _ => [left, right],
        };
        ObjectSet result = summary.Apply(this, operation, ImmutableArray<IArgumentOperation>.Empty, FlowState.NoObjects, arguments);
        return Tracked(method.ReturnType) ? result : FlowState.NoObjects;
    }

    /// <summary>
    /// A C# 14 instance compound operator (<c>public void operator +=(T x)</c>, <c>operator ++()</c>): <c>x += y</c> calls
    /// it on the object <c>x</c> holds, which it changes in place; <c>x</c> is not assigned and still holds that object,
    /// the expression's value. (A struct's operator changes the variable itself: its summary says so, as for any method
    /// of the struct that writes its fields.)
    /// </summary>
    private ObjectSet ApplyInPlaceOperator(IOperation operation, IMethodSymbol method, IOperation target, IOperation? value)
    {
        ObjectSet receiver = Eval(target);
        ObjectSet[] arguments = value is null ? [] : [Eval(value)];
        if (_engine.SummaryOf(method, this) is { } summary)
        {
            summary.Apply(this, operation, ImmutableArray<IArgumentOperation>.Empty, receiver, arguments);
        }

        return Tracked(target.Type) ? receiver : FlowState.NoObjects;
    }

    /// <summary>What the thread-role attributes of the callee and its parameters say.</summary>
    private ObjectSet ApplyRoles(IOperation call, IMethodSymbol method, ObjectSet receiver, ObjectSet[] arguments, ImmutableArray<IArgumentOperation> argumentOperations)
    {
        if (!_engine.HasParameterRoles(method))
        {
            // Almost every call: no parameter has a role, so nothing is published or handed off here (and the
            // callee's name, which only messages use, is not built).
            Role returned = _engine.Roles.Of(method);
            return returned == Role.None ? FlowState.NoObjects : RoleObjects(call, method, method.ReturnType, returned);
        }

        string callee = _engine.CalleeName(method);
        foreach (IArgumentOperation argument in argumentOperations)
        {
            if (argument.Parameter is not { } parameter || parameter.Ordinal >= arguments.Length)
            {
                continue;
            }

            Role roles = _engine.Roles.Of(parameter);
            ObjectSet value = arguments[parameter.Ordinal];
            if ((roles & Role.Published) != 0)
            {
                Publish(value, new Publication(call, callee));
                if (_reporting)
                {
                    _observer.PublishedArgument(this, argument, method, parameter, value);
                }
            }

            if ((roles & (Role.SharedSnapshot | Role.WorkerOwned)) != 0 && parameter.RefKind == RefKind.Out)
            {
                AssignOut(argument, RoleObjects(call, method, parameter.Type, roles & ~Role.RequiresLoopThread));
            }

            if ((roles & Role.RunsOnEveryWorker) != 0)
            {
                HandOff(call, value, new Place(PlaceKind.EveryWorker, "a callback run on every pool thread", callee), argument);
            }

            if ((roles & Role.PerWorkerFactory) != 0)
            {
                HandOff(call, value, new Place(PlaceKind.Factory, "a per-worker factory", callee), argument);
            }

            if ((roles & Role.RunsOnMain) != 0)
            {
                Place elsewhere = new Place(PlaceKind.Main, "a callback run on the main dispatcher", callee);
                HandOff(call, value, elsewhere, argument);
                HandOffDelegateState(parameter, elsewhere, arguments, argumentOperations);
            }

            if ((roles & Role.RunsOnAnotherThread) != 0)
            {
                RunCallbackAt(new Place(PlaceKind.OffPool, $"a callback {callee} runs on another thread", callee), call, argument, value, arguments, argumentOperations);
            }

            if ((roles & Role.RunsOnChosenLoop) != 0)
            {
                // Whichever loop the callee picks, it is not known to be the caller's, even when the member may only be
                // called on a loop (a balanced listener opened on main hands connections to the workers).
                RunCallbackAt(new Place(PlaceKind.OtherLoop, $"a callback {callee} runs on a loop it picks", callee), call, argument, value, arguments, argumentOperations);
            }

            if ((roles & Role.RunsOnOwningLoop) != 0)
            {
                ISymbol? home = HomeFieldOf(receiver);
                bool own = RunsOnCallingLoop(method, receiver) || (home is not null && _engine.IsOwnWorkerLoop(home));
                Place owning = own
                    ? new Place(PlaceKind.Worker, "a callback posted to this thread's own loop", callee)
                    : (call as IInvocationOperation)?.Instance is { } dispatcher
                        ? Place.PostedTo(dispatcher, callee, home)
                        : new Place(PlaceKind.OtherLoop, $"a callback posted to '{callee}'", callee, home);
                RunCallbackAt(owning, call, argument, value, arguments, argumentOperations);
            }
        }

        Role methodRoles = _engine.Roles.Of(method);
        return methodRoles == Role.None ? FlowState.NoObjects : RoleObjects(call, method, method.ReturnType, methodRoles);
    }

    /// <summary>
    /// A delegate (or work item) argument that runs at <paramref name="place"/>: what it captures goes there, so do the
    /// arguments it receives, and a work item's method runs there.
    /// </summary>
    private void RunCallbackAt(Place place, IOperation call, IArgumentOperation argument, ObjectSet value, ObjectSet[] arguments, ImmutableArray<IArgumentOperation> argumentOperations)
    {
        HandOff(call, value, place, argument);
        HandOffDelegateState(argument.Parameter!, place, arguments, argumentOperations);
        RunWorkItem(argument, value, place);
    }

    /// <summary>
    /// The arguments a callback receives when it runs (<c>Post&lt;TState&gt;(callback, state)</c>): those the callee
    /// marks [PassedToCallback] go where the callback goes. Read from the attribute, never guessed from the signature;
    /// the BCL's own forms (QueueUserWorkItem, Thread.Start) are in the BCL table.
    /// </summary>
    private void HandOffDelegateState(IParameterSymbol delegateParameter, Place place, ObjectSet[] arguments, ImmutableArray<IArgumentOperation> argumentOperations)
    {
        foreach (IArgumentOperation argument in argumentOperations)
        {
            if (argument.Parameter is not { } parameter || parameter.Ordinal == delegateParameter.Ordinal || parameter.Ordinal >= arguments.Length ||
                (_engine.Roles.Of(parameter) & Role.PassedToCallback) == 0)
            {
                continue;
            }

            HandOff(argument, arguments[parameter.Ordinal], place);
        }
    }

    /// <summary>
    /// The dispatcher whose <c>SynchronizationContext</c> <paramref name="context"/> is, read there or held in a local given
    /// only that, when it is not the calling thread's own loop (<c>Dispatcher.Current</c>); otherwise null: a context from
    /// a field, a parameter or <c>SynchronizationContext.Current</c> says nothing the analysis can rely on.
    /// </summary>
    private IOperation? AnotherDispatchersContext(IOperation context)
    {
        context = Unconverted(context);
        if (context is ILocalReferenceOperation && LocalValues.SoleInitializer(context, Graph.OriginalOperation) is { } initial)
        {
            context = initial;
        }

        if (context is not IPropertyReferenceOperation { Property: { Name: "SynchronizationContext" } contextProperty, Instance: { } instance } ||
            !_engine.IsDispatcher(contextProperty.ContainingType))
        {
            return null;
        }

        IOperation dispatcher = Unconverted(instance);
        ISymbol? source = dispatcher switch
        {
            IPropertyReferenceOperation property => property.Property,
            IInvocationOperation invocation => invocation.TargetMethod,
            _ => null,
        };
        return source is not null && (_engine.Roles.Of(source) & Role.CallingThreadLoop) != 0 ? null : dispatcher;
    }

    /// <summary>
    /// A [RunsOnOwningLoop] delegate stays on the caller's thread when the receiver is the calling thread's loop, or when
    /// the member itself is [RequiresLoopThread]: it may only be called on the loop that owns what it starts, so that
    /// loop is the caller's (a connection's callbacks, a listener's accept handler).
    /// </summary>
    private bool RunsOnCallingLoop(IMethodSymbol method, ObjectSet receiver) =>
        (_engine.Roles.Of(method) & Role.RequiresLoopThread) != 0 ||
        (!receiver.IsEmpty && AllCallingLoop(receiver));

    /// <summary>The dispatcher field a post's receiver is, read as it was on entry (see <see cref="Place.HomeField"/>).</summary>
    private ISymbol? HomeFieldOf(ObjectSet receiver) =>
        receiver.Count == 1 && receiver.First() is { Kind: ObjectKind.Field, Symbol: IFieldSymbol field } && _engine.IsDispatcher(field.Type) ? field : null;

    /// <summary>True when every object is the calling thread's loop (vacuously for none).</summary>
    public static bool AllCallingLoop(ObjectSet objects)
    {
        foreach (AbstractObject obj in objects)
        {
            if (obj.Kind != ObjectKind.CallingLoop)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// What a collection mutator puts into its receiver: the argument itself for <c>Add(item)</c> (its parameter is the
    /// element type), the argument's elements for <c>AddRange(source)</c>, <c>UnionWith(source)</c> (a sequence of
    /// them): the source is copied from, not kept.
    /// </summary>
    private ObjectSet AddedItems(IOperation call, IMethodSymbol method, ObjectSet argument)
    {
        if (call is IInvocationOperation { Instance.Type: { } receiverType } && !HoldsTrackedElements(receiverType))
        {
            // A list of strings or numbers holds copies: nothing the rules follow goes in.
            return FlowState.NoObjects;
        }

        ImmutableArray<IParameterSymbol> parameters = method.OriginalDefinition.Parameters;
        if (argument.IsEmpty || parameters.Length == 0 || parameters[0].Type is not { } parameterType || parameterType is ITypeParameterSymbol || parameterType.SpecialType == SpecialType.System_String ||
            !(parameterType.AllInterfaces.Any(static i => i.SpecialType == SpecialType.System_Collections_IEnumerable) ||
              parameterType.SpecialType == SpecialType.System_Collections_IEnumerable || parameterType is IArrayTypeSymbol ||
              parameterType is INamedTypeSymbol { IsRefLikeType: true, Name: "Span" or "ReadOnlySpan" }))
        {
            return argument;
        }

        return Read(argument, null);
    }

    /// <summary>What the BCL table says; null when the callee is not in it.</summary>
    private ObjectSet? ApplyFacts(IOperation call, IMethodSymbol method, ObjectSet receiver, ObjectSet[] arguments, ImmutableArray<IArgumentOperation> argumentOperations)
    {
        ObjectSet? result = null;
        foreach (BclFact fact in _engine.FactsOf(method))
        {
            ObjectSet operand = fact.Operand < 0 ? receiver : arguments[fact.Operand];
            result ??= FlowState.NoObjects;
            switch (fact.Effect)
            {
                case BclEffect.Writes:
                    ObjectSet written = fact.Operand < 0 && call is IInvocationOperation { Instance: { } instance } ? StorageOrValue(instance, operand) : operand;
                    WriteInto(call, written, arguments.Length > 0 && fact.Operand < 0 ? AddedItems(call, method, arguments[0]) : FlowState.NoObjects, null);
                    if (fact.Operand < 0 && !method.ReturnsByRef && call is IInvocationOperation { Instance.Type: { } receiverType } &&
                        SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, receiverType.OriginalDefinition))
                    {
                        // A fluent mutator (StringBuilder.Append) returns the object it changed, not what it holds.
                        result = result.Union(operand);
                    }
                    else if (method.ReturnsByRef || !method.ReturnsVoid)
                    {
                        result = result.Union(Read(operand, null));
                    }

                    if (fact.Operand < 0)
                    {
                        foreach (IArgumentOperation argument in argumentOperations)
                        {
                            if (argument.Parameter?.RefKind == RefKind.Out && Tracked(argument.Parameter.Type))
                            {
                                // `ByPlayer.Remove(id, out var session)`, `queue.TryDequeue(out var job, out _)`: what a
                                // mutator hands out is what the collection held, still that memory.
                                AssignOut(argument, Read(operand, null));
                            }
                        }
                    }

                    break;
                case BclEffect.Element when Place.IsPerThreadCallback && Function is { } callback && KeyReadsParameterOf(argumentOperations, callback):
                    // `registry.GetOrAdd(worker.Name, …)` in a per-worker factory: looked up by what this thread was
                    // given, so each thread gets its own element: an object of this call, not one every thread shares.
                    if (!method.ReturnsVoid && MadeByLibrary(method.ReturnType))
                    {
                        result = result.Add(AllocateResult(call, 0));
                    }

                    foreach (IArgumentOperation argument in argumentOperations)
                    {
                        if (argument.Parameter is { RefKind: RefKind.Out } outParameter)
                        {
                            AssignOut(argument, MadeByLibrary(outParameter.Type) ? ObjectSet.Create(AllocateResult(call, 1)) : FlowState.NoObjects);
                        }
                    }

                    break;
                case BclEffect.Element:
                    // From a read-only table of delegates (`s_edits.TryGetValue(op, out var edit)`): one of those its
                    // initializer or constructors put there, as for a read by index.
                    ObjectSet elements = Read(operand, null).Union(InitialElementDelegates(operand));
                    result = result.Union(elements);
                    foreach (IArgumentOperation argument in argumentOperations)
                    {
                        if (argument.Parameter?.RefKind == RefKind.Out)
                        {
                            AssignOut(argument, elements);
                        }
                    }

                    break;
                case BclEffect.View or BclEffect.ShallowCopy when call is IObjectCreationOperation:
                    // Constructors: Create decides (the result is the wrapper's argument, or a new container).
                    break;
                case BclEffect.View when ProjectedElements(call, method, operand, arguments) is { } projected:
                    result = result.Union(projected);
                    break;
                case BclEffect.View:
                    result = result.Union(operand);
                    break;
                case BclEffect.AtomicLoad or BclEffect.AtomicStore or BclEffect.AtomicCompareStore when ByRefArgument(argumentOperations, fact.Operand) is { } location:
                    // Volatile.Read(ref _current), Volatile.Write(ref s_cache, c), Interlocked.Exchange(ref _live, next):
                    // the variable is read and assigned as by `=`, atomically (the argument is the write: a thread-safe one).
                    ObjectSet held = !method.ReturnsVoid && Tracked(location.Value.Type) ? Eval(location.Value) : FlowState.NoObjects;
                    if (fact.Effect != BclEffect.AtomicLoad && ValueArgument(argumentOperations, fact.Operand) is { } stored)
                    {
                        ObjectSet value = arguments[stored.Parameter!.Ordinal];
                        AssignAtomically(location, fact.Effect == BclEffect.AtomicCompareStore ? value.Union(held) : value);
                    }

                    result = result.Union(held);
                    break;
                case BclEffect.ShallowCopy:
                    AbstractObject copy = AbstractObject.Fresh(call);
                    _state = _state.Reallocate(copy).Store(new HeapKey(copy, null), HoldsTrackedElements(method.ReturnType) ? CopiedElements(call, method, operand, arguments) : FlowState.NoObjects, strong: true);
                    result = result.Add(copy);
                    break;
                case BclEffect.HoldsAsElement when call is not IObjectCreationOperation:
                    AbstractObject holder = AbstractObject.Fresh(call, 1);
                    _state = _state.Reallocate(holder).Store(new HeapKey(holder, null), operand, strong: true);
                    result = result.Add(holder);
                    break;
                case BclEffect.Carrier when call is not IObjectCreationOperation && method.ReturnType is INamedTypeSymbol carried:
                    AbstractObject carrier = AbstractObject.Fresh(call);
                    _state = _state.Reallocate(carrier);
                    StoreByParameterNames(carried, method, carrier, arguments);
                    result = result.Add(carrier);
                    break;
                case BclEffect.StartsHeld:
                    if (RunsOnDefaultScheduler(argumentOperations))
                    {
                        HandOff(call, receiver, new Place(PlaceKind.OffPool, fact.Description));
                    }

                    break;
                case BclEffect.ContextPost:
                    if (call is IInvocationOperation { Instance: { } context } && AnotherDispatchersContext(context) is { } dispatcher)
                    {
                        var posted = Place.PostedTo(dispatcher, fact.Description);
                        foreach (IArgumentOperation argument in argumentOperations)
                        {
                            if (argument.Parameter is { } parameter && parameter.Ordinal < arguments.Length)
                            {
                                HandOff(argument, arguments[parameter.Ordinal], posted);
                            }
                        }
                    }

                    break;
                case BclEffect.ThreadEntry:
                    if (!RunsOnDefaultScheduler(argumentOperations) || !MadeForDefaultScheduler(receiver))
                    {
                        break;
                    }

                    var place = new Place(PlaceKind.OffPool, fact.Description);
                    HandOff(call, receiver.Where(o => o.Kind == ObjectKind.Delegate), place);
                    foreach (IArgumentOperation argument in argumentOperations)
                    {
                        if (argument.Parameter is { } parameter && parameter.Ordinal < arguments.Length)
                        {
                            HandOff(argument, arguments[parameter.Ordinal], place);
                            RunWorkItem(argument, arguments[parameter.Ordinal], place);
                        }
                    }

                    break;
            }
        }

        return result;
    }

    /// <summary>A non-delegate argument (a lookup key) that reads a parameter of <paramref name="function"/>: made from what the function was given.</summary>
    private static bool KeyReadsParameterOf(ImmutableArray<IArgumentOperation> arguments, IMethodSymbol function)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Value.Type is { TypeKind: TypeKind.Delegate })
            {
                continue;
            }

            foreach (IOperation part in argument.Value.DescendantsAndSelf())
            {
                if (part is IParameterReferenceOperation { Parameter: var parameter } && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, function))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A lazy projection (a generic method whose delegate argument returns a type parameter the result is made of, as
    /// in <c>Select</c>): its elements are what the selector returns for the source's elements, not those elements.
    /// Null when the call is no projection or a selector is not known (then the result stays a view of the source).
    /// </summary>
    private ObjectSet? ProjectedElements(IOperation call, IMethodSymbol method, ObjectSet source, ObjectSet[] arguments)
    {
        if (!method.IsGenericMethod)
        {
            return null;
        }

        if (SelectorResults(call, method.OriginalDefinition, Read(source, null), arguments, firstSelector: 0) is not { } elements)
        {
            return null;
        }

        IMethodSymbol definition = method.OriginalDefinition;
        if (definition.Parameters.Length > 0 && definition.Parameters[0].Type is INamedTypeSymbol { TypeArguments.Length: 1 } sourceType &&
            sourceType.TypeArguments[0] is ITypeParameterSymbol sourceElement && Mentions(definition.ReturnType, sourceElement))
        {
            // `GroupBy(l => l.Zone)`: each group is keyed by the selector's result and holds the source's elements
            // themselves (IGrouping<TKey, TSource>), so what is reached through a group is the source's memory.
            elements = elements.Union(Read(source, null));
        }

        // A deferred query: its elements are the projections, and it keeps its source (enumerating it later walks the
        // source as it is then), so publishing it or handing it to another thread takes the source along.
        AbstractObject projection = AbstractObject.Fresh(call);
        _state = _state.Reallocate(projection).Store(new HeapKey(projection, null), elements, strong: true)
            .Store(new HeapKey(projection, null, copiedFrom: true), source, strong: true);
        return ObjectSet.Create(projection);
    }

    /// <summary>
    /// The elements a copying query holds: the source's, unless selectors make them (<c>ToDictionary(m => m.Name,
    /// m => new Member(…))</c> holds what the element selector returns, not the source's elements).
    /// </summary>
    private ObjectSet CopiedElements(IOperation call, IMethodSymbol method, ObjectSet source, ObjectSet[] arguments)
    {
        ObjectSet sourceElements = Read(source, null);
        IMethodSymbol definition = method.OriginalDefinition;
        if (!method.IsGenericMethod || definition.Parameters.Length == 0 ||
            ElementTypeOf(definition.Parameters[0].Type) is not ITypeParameterSymbol sourceElement)
        {
            return sourceElements;
        }

        if (SelectorResults(call, definition, sourceElements, arguments, firstSelector: 1) is not { } selected)
        {
            return sourceElements;
        }

        return Mentions(definition.ReturnType, sourceElement) ? selected.Union(sourceElements) : selected;
    }

    /// <summary>
    /// What the selectors among the arguments (delegates returning a type parameter the result is made of) return for
    /// the source's elements; null when there is none, or one is not known.
    /// </summary>
    private ObjectSet? SelectorResults(IOperation call, IMethodSymbol definition, ObjectSet sourceElements, ObjectSet[] arguments, int firstSelector)
    {
        ObjectSet? selected = null;
        for (int i = firstSelector; i < definition.Parameters.Length && i < arguments.Length; i++)
        {
            if (definition.Parameters[i].Type is not INamedTypeSymbol { DelegateInvokeMethod: { ReturnType: ITypeParameterSymbol produced } } ||
                !Mentions(definition.ReturnType, produced))
            {
                continue;
            }

            selected ??= FlowState.NoObjects;
            foreach (AbstractObject selector in arguments[i])
            {
                if (selector.Kind != ObjectKind.Delegate || _engine.SummaryOfDelegate(selector, this) is not { } summary || selector.Key is not (IFlowAnonymousFunctionOperation or IMethodSymbol))
                {
                    return null;
                }

                int count = selector.Key is IFlowAnonymousFunctionOperation lambda ? lambda.Symbol.Parameters.Length : ((IMethodSymbol)selector.Key).Parameters.Length;
                var selectorArguments = new ObjectSet[count];
                for (int p = 0; p < count; p++)
                {
                    selectorArguments[p] = p == 0 ? sourceElements : FlowState.NoObjects;
                }

                selected = selected.Union(summary.ResultOf(this, call, selector.Receiver, selectorArguments));
            }
        }

        return selected;
    }

    private static bool Mentions(ITypeSymbol type, ITypeParameterSymbol parameter) => type switch
    {
        ITypeParameterSymbol candidate => SymbolEqualityComparer.Default.Equals(candidate, parameter),
        INamedTypeSymbol named => named.TypeArguments.Any(argument => Mentions(argument, parameter)),
        IArrayTypeSymbol array => Mentions(array.ElementType, parameter),
        _ => false,
    };

    /// <summary>A struct receiver (a span) is written where it points; a class receiver is the object itself.</summary>
    private ObjectSet StorageOrValue(IOperation instance, ObjectSet value) =>
        instance.Type is { IsValueType: true } && !IsView(instance.Type) ? StorageOf(instance) : value;

    private static bool IsView(ITypeSymbol type) =>
        type.OriginalDefinition is INamedTypeSymbol named && BclKnowledge.MetadataName(named) is "System.Span`1" or "System.ReadOnlySpan`1" or "System.Memory`1" or "System.ReadOnlyMemory`1" or "System.ArraySegment`1";

    /// <summary>
    /// False when the receiver is a <c>TaskFactory</c> this code built over a scheduler other than the default one
    /// (<c>new TaskFactory(Dispatcher.Current!.TaskScheduler).StartNew(…)</c> runs on that loop).
    /// </summary>
    private bool MadeForDefaultScheduler(ObjectSet receiver)
    {
        foreach (AbstractObject obj in receiver)
        {
            if (obj is { Kind: ObjectKind.Fresh, Site: IObjectCreationOperation creation } && !RunsOnDefaultScheduler(creation.Arguments))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A scheduler argument other than <c>TaskScheduler.Default</c> decides the thread: not known here.</summary>
    private bool RunsOnDefaultScheduler(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter?.Type.Name == "TaskScheduler" && !IsDefaultScheduler(argument.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A scheduler of the thread pool (<c>TaskScheduler.Default</c>; see <see cref="FlowEngine.IsPoolScheduler"/>), named
    /// there, by a local's sole initializer (<c>var pool = TaskScheduler.Default;</c>), or kept in a read-only field or
    /// get-only property that is only ever given one (<c>static readonly TaskScheduler s_pool = TaskScheduler.Default;</c>).
    /// </summary>
    private bool IsDefaultScheduler(IOperation scheduler)
    {
        scheduler = Unconverted(scheduler);
        if (scheduler is ILocalReferenceOperation && LocalValues.SoleInitializer(scheduler, Graph.OriginalOperation) is { } initial)
        {
            scheduler = Unconverted(initial);
        }

        if (scheduler is IPropertyReferenceOperation { Property.Name: "ConcurrentScheduler" or "ExclusiveScheduler", Instance: { } pairHolder } && IsPoolPairHolder(pairHolder))
        {
            // `var pair = new ConcurrentExclusiveSchedulerPair(); … pair.ExclusiveScheduler`: the pair is over the pool.
            return true;
        }

        return scheduler is IPropertyReferenceOperation { Property.Name: "Default" } || FlowEngine.IsPoolScheduler(scheduler) ||
               scheduler is IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } kept && _engine.HoldsPoolScheduler(kept.Member);
    }

    /// <summary>A pair over the pool kept in a local whose sole initializer made it, or in a read-only member only ever given one.</summary>
    private bool IsPoolPairHolder(IOperation holder)
    {
        holder = Unconverted(holder);
        if (holder is ILocalReferenceOperation)
        {
            return LocalValues.SoleInitializer(holder, Graph.OriginalOperation) is { } initial && FlowEngine.IsPoolPair(initial);
        }

        return holder is IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } kept && _engine.HoldsPoolScheduler(kept.Member);
    }

    private void AssignByRefParameter(IOperation write, IParameterSymbol parameter, ObjectSet objects)
    {
        if (_reporting)
        {
            _observer.ByRefParameterAssigned(this, write, parameter, objects);
        }

        SetValue(parameter, objects);
    }

    /// <summary>
    /// A callee assigned its <c>ref</c>/<c>out</c> parameter: when the argument is a location in an object
    /// (<c>ref holder.Count</c>), that object's memory changes (what the variable holds now: <see cref="AssignFromCallee"/>).
    /// </summary>
    public void WriteByRefLocationFromCallee(IOperation call, IArgumentOperation argument)
    {
        if (_reporting && argument.Value is ILocalReferenceOperation { Local: var local } && IsCaptured(local))
        {
            // Accumulate(ref total, x) in a delegate body: the callee assigns the captured variable.
            _observer.CapturedAssignment(this, call, local);
        }

        ObjectSet storage = StorageOf(argument.Value is IDeclarationExpressionOperation declaration ? declaration.Expression : argument.Value);
        if (!storage.IsEmpty)
        {
            WriteInto(call, storage, FlowState.NoObjects, null);
        }
    }

    /// <summary>A callee left these objects in an <c>out</c>/<c>ref</c> argument (a <c>ref</c> may also keep what it held).</summary>
    public void AssignFromCallee(IArgumentOperation argument, ObjectSet objects, bool keepCurrent)
    {
        if (keepCurrent)
        {
            objects = objects.Union(argument.Value switch
            {
                ILocalReferenceOperation local => GetValue(local.Local),
                IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared } => GetValue(declared.Local),
                IParameterReferenceOperation parameter => GetValue(parameter.Parameter),
                _ => FlowState.NoObjects,
            });
        }

        AssignOut(argument, objects);
    }

    /// <summary>
    /// A library method the table does not know, with an <c>out</c> argument the engine follows: what it puts there
    /// is taken to be an element of its receiver (or, for a static method, of its arguments), as
    /// <c>TryGetValue</c>, <c>TryPeek</c> and <c>TryTake</c> of any collection do.
    /// </summary>
    private void AssignUnknownOuts(IMethodSymbol method, ObjectSet receiver, ObjectSet[] arguments, ImmutableArray<IArgumentOperation> argumentOperations)
    {
        ObjectSet? holders = null;
        foreach (IArgumentOperation argument in argumentOperations)
        {
            if (argument.Parameter is not { RefKind: RefKind.Out } parameter || !Tracked(parameter.Type) || _engine.Roles.Of(parameter) != Role.None)
            {
                continue;
            }

            if (holders is null)
            {
                holders = receiver;
                if (holders.IsEmpty)
                {
                    foreach (IParameterSymbol other in method.Parameters)
                    {
                        if (other.RefKind == RefKind.None && other.Ordinal < arguments.Length)
                        {
                            holders = holders.Union(arguments[other.Ordinal]);
                        }
                    }
                }
            }

            AssignOut(argument, Read(holders, null));
        }
    }

    private void AssignOut(IArgumentOperation argument, ObjectSet objects)
    {
        if (_reporting && argument.Value is ILocalReferenceOperation { Local: var outLocal } && IsCaptured(outLocal) &&
            argument.Parameter is { RefKind: RefKind.Out, ContainingSymbol: { } callee } && !_engine.IsInSource(callee))
        {
            // (A source callee's own assignment is reported through its summary at the call.)
            // map.TryGetValue(key, out found) in a delegate body: the captured variable is assigned.
            _observer.CapturedAssignment(this, argument, outLocal);
        }

        switch (argument.Value)
        {
            case ILocalReferenceOperation local:
                SetValue(local.Local, objects);
                break;
            case IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared }:
                SetValue(declared.Local, objects);
                break;
            case IParameterReferenceOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } byRefParameter when !IsCaptured(byRefParameter.Parameter):
                AssignByRefParameter(argument, byRefParameter.Parameter, objects);
                break;
            case IParameterReferenceOperation parameter:
                SetValue(parameter.Parameter, objects);
                break;
        }
    }

    /// <summary>Publishes the objects and everything stored into them (transitively): all of it is shared now.</summary>
    public void Publish(ObjectSet objects, Publication publication)
    {
        if (objects.IsEmpty)
        {
            return;
        }

        var published = _state.Published;
        Stack<AbstractObject> pending = t_publishPending ??= new Stack<AbstractObject>();
        pending.Clear();
        foreach (AbstractObject obj in objects)
        {
            pending.Push(obj);
        }

        // What each object holds, gathered in one pass over the heap (not one pass per object published).
        Dictionary<AbstractObject, List<ObjectSet>>? held = null;
        while (pending.Count > 0)
        {
            AbstractObject next = pending.Pop();
            if (next.Kind is ObjectKind.Delegate or ObjectKind.CallingLoop or ObjectKind.ContextFree || published.ContainsKey(next))
            {
                continue;
            }

            published = published.Add(next, publication);
            FlowRun root = Root;
            (root.EverPublished ??= new Dictionary<AbstractObject, Publication>())[next] = publication;
            if (_state.Heap.IsEmpty)
            {
                continue;
            }

            if (held is null)
            {
                held = new Dictionary<AbstractObject, List<ObjectSet>>();
                foreach (var entry in _state.Heap)
                {
                    if (!held.TryGetValue(entry.Key.Owner, out List<ObjectSet>? values))
                    {
                        held[entry.Key.Owner] = values = new List<ObjectSet>();
                    }

                    values.Add(entry.Value);
                }
            }

            if (held.TryGetValue(next, out List<ObjectSet>? contents))
            {
                foreach (ObjectSet content in contents)
                {
                    foreach (AbstractObject inner in content)
                    {
                        pending.Push(inner);
                    }
                }
            }
        }

        _state = _state.WithPublished(published);
    }

    /// <summary>
    /// Objects reach code running at <paramref name="place"/>: delegates among them are analysed there.
    /// <paramref name="delegateSite"/>: the argument that carried them, where a delegate's defects in another file are reported.
    /// </summary>
    public void HandOff(IOperation site, ObjectSet objects, Place place, IOperation? delegateSite = null, bool crossedOnly = false)
    {
        if (!_reporting || objects.IsEmpty)
        {
            return;
        }

        if (crossedOnly)
        {
            // Run on this thread after an off-loop await: only worker state held across it goes along.
            objects = WithoutUncrossedWorkerState(objects);
        }

        var data = objects.Where(o => o.Kind != ObjectKind.Delegate);
        if (!data.IsEmpty)
        {
            _observer.HandedOff(this, site, data, place);
        }

        // A params array of delegates (Parallel.Invoke): its elements run there too.
        foreach (AbstractObject holder in data)
        {
            if (_state.Heap.TryGetValue(new HeapKey(holder, null), out var elements))
            {
                objects = objects.Union(elements.Where(e => e.Kind == ObjectKind.Delegate));
            }
        }

        foreach (AbstractObject @delegate in objects)
        {
            if (@delegate.Kind != ObjectKind.Delegate)
            {
                continue;
            }

            if (!@delegate.Receiver.IsEmpty)
            {
                ObjectSet receiver = ReceiverUsedThere(@delegate);
                _observer.HandedOff(this, site, crossedOnly ? WithoutUncrossedWorkerState(receiver) : receiver, place);
            }

            foreach (var captured in @delegate.Closure)
            {
                // A helper's lambda over what this code passed it (`Task.Run(Forget(cache))`): that goes along here.
                // The lambda's own parameters were bound to arguments of this call, which are handed over (and
                // reported) as arguments.
                if (captured.Key is not IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } })
                {
                    _observer.HandedOff(this, site, crossedOnly ? WithoutUncrossedWorkerState(captured.Value) : captured.Value, place);
                }
            }

            if (@delegate.Key is IMethodSymbol bound && (_engine.Roles.Of(bound) & Role.RequiresLoopThread) != 0)
            {
                // Task.Run(connection.Close): the loop-only member itself runs there.
                _observer.LoopMemberHandedOff(this, site, bound, place);
            }

            _handedOff.Add(@delegate.Key!);
            if (Depth >= FlowEngine.MaxDepth && place.LeavesCallerThread && @delegate is { Key: IFlowAnonymousFunctionOperation lambda, Graph: { } owner })
            {
                // Too deep to run (a helper's summary asked for by a lambda two lambdas deep): what the lambda captures
                // from here goes there all the same, as its uses would say if it ran.
                HandOffCaptured(site, owner.GetAnonymousFunctionControlFlowGraph(lambda), lambda.Symbol, place);
            }

            _engine.RunDelegate(this, @delegate, place, Current, _observer, delegateSite ?? site, crossedOnly);
        }
    }

    /// <summary>The objects without worker state that did not cross an off-loop await (its crossed twins stay).</summary>
    private static ObjectSet WithoutUncrossedWorkerState(ObjectSet objects) =>
        objects.Any(static o => o.Root.Kind == ObjectKind.Worker && !o.CrossedOffLoop)
            ? ObjectSet.From(objects.Where(static o => o.Root.Kind != ObjectKind.Worker || o.CrossedOffLoop))
            : objects;

    /// <summary>
    /// What a method group takes to where it runs of the receiver it is bound to. A method of a source class bound to
    /// an object made here (<c>watcher.Changed += invalidator.OnChanged</c>, the class known) uses there what it reads
    /// of the object's fields on that thread, itself or through the object's other methods: not what it reads only in
    /// a delegate it sends elsewhere (<c>_home.Post(() => _hits.Clear())</c>, judged where it is sent), nor a field it
    /// never reads there. Any other receiver goes along whole.
    /// </summary>
    private ObjectSet ReceiverUsedThere(AbstractObject @delegate)
    {
        if (@delegate.Key is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false } method ||
            !@delegate.Receiver.All(static o => o is { Kind: ObjectKind.Fresh, Site: IObjectCreationOperation }))
        {
            return @delegate.Receiver;
        }

        if (method.IsVirtual || method.IsAbstract || method.IsOverride)
        {
            // Objects made here are of the class they were made as: the body that runs is that class's override, if
            // they all are of one class (a sealed override or not, nothing derives from an object already made).
            INamedTypeSymbol? made = null;
            foreach (AbstractObject receiver in @delegate.Receiver)
            {
                if (((IObjectCreationOperation)receiver.Site!).Type is not INamedTypeSymbol created || (made is not null && !SymbolEqualityComparer.Default.Equals(made, created)))
                {
                    return @delegate.Receiver;
                }

                made = created;
            }

            if (made is null || OverrideIn(made, method) is not { IsAbstract: false } implementation)
            {
                return @delegate.Receiver;
            }

            method = implementation;
        }

        if (!_engine.IsInSource(method) || _engine.SummaryOf(method, this) is not { } summary)
        {
            return @delegate.Receiver;
        }

        var used = new ObjectSet.Builder();
        foreach (ISymbol field in summary.OwnFieldReads)
        {
            used.UnionWith(HeldByMemberOf(@delegate.Receiver, field));
        }

        return used.ToImmutable();
    }

    /// <summary>
    /// A callee calls <paramref name="method"/> on these objects at <paramref name="place"/> (<c>observer.OnNext(1)</c> in
    /// a thread it starts): an object made here, of a known class, runs its own implementation there, judged by what
    /// that reads of it (a method group of it handed over); any other object goes along whole.
    /// </summary>
    public void CallElsewhere(IOperation site, ObjectSet objects, IMethodSymbol method, Place place)
    {
        if (!_reporting || objects.IsEmpty)
        {
            return;
        }

        ObjectSet whole = FlowState.NoObjects;
        foreach (AbstractObject obj in objects)
        {
            IMethodSymbol? implementation = obj is { Kind: ObjectKind.Fresh, Site: IObjectCreationOperation { Type: INamedTypeSymbol created } }
                ? (method.ContainingType.TypeKind == TypeKind.Interface ? created.FindImplementationForInterfaceMember(method) as IMethodSymbol
                   : method.IsVirtual || method.IsAbstract || method.IsOverride ? OverrideIn(created, method) : method)
                : null;
            if (implementation is not null && _engine.IsInSource(implementation))
            {
                HandOff(site, ObjectSet.Create(AbstractObject.MethodGroup(implementation, ObjectSet.Create(obj), null)), place);
            }
            else
            {
                whole = whole.Add(obj);
            }
        }

        HandOff(site, whole, place);
    }

    /// <summary>The variables of this body that a lambda's own body (not its nested functions) uses, handed over with it.</summary>
    private void HandOffCaptured(IOperation site, ControlFlowGraph lambdaGraph, IMethodSymbol lambda, Place place)
    {
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (BasicBlock block in lambdaGraph.Blocks)
        {
            foreach (IOperation root in block.BranchValue is { } branch ? block.Operations.Add(branch) : block.Operations)
            {
                foreach (IOperation operation in root.DescendantsAndSelf())
                {
                    ISymbol? variable = operation switch
                    {
                        ILocalReferenceOperation local => local.Local,
                        IParameterReferenceOperation parameter => parameter.Parameter,
                        _ => null,
                    };
                    if (variable is not null && !SymbolEqualityComparer.Default.Equals(variable.ContainingSymbol, lambda) && seen.Add(variable) &&
                        GetValue(variable) is { IsEmpty: false } objects)
                    {
                        _observer.HandedOff(this, site, objects, place);
                    }
                }
            }
        }
    }

    /// <summary>A source callee hands this argument on to a [Published] parameter (a generic broadcast helper).</summary>
    public void PublishedArgumentFromCallee(IArgumentOperation argument, IMethodSymbol callee, IParameterSymbol published, ObjectSet objects)
    {
        if (_reporting)
        {
            _observer.PublishedArgument(this, argument, callee, published, objects);
        }
    }

    /// <summary>
    /// A <c>Lazy&lt;T&gt;</c>'s factory runs where its <c>Value</c> is read (the first read; any read may be it): here,
    /// on this thread, and the value is what it returns.
    /// </summary>
    private ObjectSet RunHeldFactories(IOperation read, ObjectSet holders)
    {
        ObjectSet produced = FlowState.NoObjects;
        foreach (AbstractObject holder in holders)
        {
            if (!_state.Heap.TryGetValue(new HeapKey(holder, null), out ObjectSet? held))
            {
                if (holder is not { Kind: ObjectKind.Field, Symbol: { } member })
                {
                    continue;
                }

                // A Lazy<T> member of this instance or type (`Batch => _batch.Value`): the factory its initializer or
                // constructor gave it; a summary's callers may know the one a constructor made over their arguments.
                if (_reporting && !member.IsStatic)
                {
                    _observer.MemberDelegateRun(this, read, holder);
                }

                held = _engine.InitialFactoriesOf(member);
            }

            foreach (AbstractObject factory in held)
            {
                if (factory.Kind != ObjectKind.Delegate)
                {
                    continue;
                }

                if (_reporting && (Place.LeavesCallerThread || _state.OffLoop is not null) && _handedOff.Add(factory.Key!))
                {
                    // Forced after this code's own off-loop await (not handed elsewhere): judged by what crossed it.
                    bool afterAwait = !Place.LeavesCallerThread || CrossedOnly;
                    _engine.RunDelegate(this, factory, _state.OffLoop is { } offLoop ? new Place(PlaceKind.OffPool, offLoop) : Place, Current, _observer, crossedOnly: afterAwait);
                }

                if (_engine.SummaryOfDelegate(factory, this) is { } summary)
                {
                    produced = produced.Union(summary.ResultOf(this, holder.Site ?? Graph.OriginalOperation, factory.Receiver, Arguments(0)));
                }
            }
        }

        return produced;
    }

    /// <summary>
    /// A work item handed over as an interface with one method (<c>IThreadPoolWorkItem</c>, <c>IDispatcherWorkItem</c>):
    /// that method of the object's source type runs at <paramref name="place"/>, on the object.
    /// </summary>
    private void RunWorkItem(IArgumentOperation argument, ObjectSet objects, Place place)
    {
        if (!_reporting || argument.Parameter?.Type is not INamedTypeSymbol { TypeKind: TypeKind.Interface } contract ||
            Unconverted(argument.Value).Type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } concrete || !_engine.IsInSource(concrete))
        {
            return;
        }

        IMethodSymbol? only = null;
        foreach (ISymbol member in contract.GetMembers())
        {
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
            {
                if (only is not null)
                {
                    return;
                }

                only = method;
            }
        }

        if (only is not null && concrete.FindImplementationForInterfaceMember(only) is IMethodSymbol implementation && _engine.IsInSource(implementation) &&
            _handedOff.Add(implementation))
        {
            _engine.RunDelegate(this, AbstractObject.MethodGroup(implementation, objects, null), place, Current, _observer, argument);
        }
    }

    /// <summary>Applies a write that a callee's summary reports on one of its operands.</summary>
    public void WriteFromCallee(IOperation call, ObjectSet containers) => WriteInto(call, containers, FlowState.NoObjects, null);

    /// <summary>A callee assigned a field of this delegate body's enclosing instance (see <see cref="IFlowObserver.CapturedAssignment"/>).</summary>
    public void AssignedFromCallee(IOperation call, ISymbol member)
    {
        if (_reporting && Outer is not null)
        {
            _observer.CapturedAssignment(this, call, member);
        }
    }

    /// <summary>
    /// True when this body runs inside a callback run on every thread at once: the callback itself, or code it runs in
    /// place (a lambda or local function it calls).
    /// </summary>
    private bool InPerThreadCallback
    {
        get
        {
            for (FlowRun? run = this; run is not null; run = run.Outer)
            {
                if (run.Place.IsPerThreadCallback)
                {
                    return true;
                }

                if (run.Place.Kind != PlaceKind.Worker)
                {
                    return false;
                }
            }

            return false;
        }
    }

    /// <summary>Everything this run stored in members or elements of these objects (one level): what a callee reaches through them.</summary>
    public ObjectSet StoredIn(ObjectSet owners)
    {
        var stored = new ObjectSet.Builder();
        foreach (var entry in _state.Heap)
        {
            if (!entry.Key.CopiedFrom && owners.Contains(entry.Key.Owner))
            {
                stored.UnionWith(entry.Value);
            }
        }

        return stored.ToImmutable();
    }

    /// <summary>What a member of this run's own <c>this</c> holds here (as a read of it would see).</summary>
    public ObjectSet HeldByOwnMember(ISymbol member) => HeldBy(member);

    /// <summary>
    /// What this run knows a member of these objects holds (stored here: a constructor's argument), without the
    /// objects' own reach: for a callee that changed what the member holds.
    /// </summary>
    /// <summary>
    /// What a read of <paramref name="member"/> of these objects gives here: what was stored there, or, where nothing
    /// known was, the memory reached from the owner (a member its initializer filled: <c>Items { get; } = new()</c>).
    /// </summary>
    public ObjectSet ReadMemberOf(ObjectSet owners, ISymbol member) => Read(owners, member);

    public ObjectSet HeldByMemberOf(ObjectSet owners, ISymbol member)
    {
        var held = new ObjectSet.Builder();
        foreach (AbstractObject owner in owners)
        {
            if (_state.Heap.TryGetValue(new HeapKey(owner, member), out var stored))
            {
                held.UnionWith(stored);
            }
        }

        return held.ToImmutable();
    }

    /// <summary>A callee did a read-modify-write of a static field: it happens on this thread.</summary>
    public void StaticUpdateFromCallee(IOperation call, ISymbol field, string what)
    {
        if (_reporting)
        {
            _observer.FieldUpdate(this, call, field, what, mutator: false);
        }
    }

    /// <summary>Inside a <c>lock</c> statement: the write is serialized with the others under the same lock.</summary>
    /// <summary>
    /// Inside a <c>lock</c> statement, or the scope of a <c>System.Threading.Lock</c> held by <c>using (gate.EnterScope())</c>
    /// or a <c>using var scope = gate.EnterScope();</c> above the write in an enclosing block.
    /// </summary>
    public static bool UnderLock(IOperation write)
    {
        SyntaxNode? previous = null;
        foreach (SyntaxNode node in write.Syntax.AncestorsAndSelf())
        {
            switch (node)
            {
                case Microsoft.CodeAnalysis.CSharp.Syntax.LockStatementSyntax:
                    return true;
                case Microsoft.CodeAnalysis.CSharp.Syntax.AnonymousFunctionExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.LocalFunctionStatementSyntax:
                    // `lock (gate) Cache.UpdateAll(pool, c => sizes.Add(…))`: the lambda runs later, on other threads,
                    // long after the lock around the call was released.
                    return false;
                case Microsoft.CodeAnalysis.CSharp.Syntax.UsingStatementSyntax { Expression: { } resource } when EntersLockScope(resource):
                    return true;
                case Microsoft.CodeAnalysis.CSharp.Syntax.BlockSyntax block:
                    foreach (var statement in block.Statements)
                    {
                        if (statement == previous)
                        {
                            break;
                        }

                        if (statement is Microsoft.CodeAnalysis.CSharp.Syntax.LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 } declaration &&
                            declaration.Declaration.Variables.Any(v => v.Initializer?.Value is { } value && EntersLockScope(value)))
                        {
                            return true;
                        }
                    }

                    break;
            }

            previous = node;
        }

        return false;
    }

    private static bool EntersLockScope(SyntaxNode resource) =>
        resource is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name.Identifier.ValueText: "EnterScope" } };

    /// <summary>A callee read a [RequiresLoopThread] member on this thread (reported at <paramref name="at"/>: the call, or the read in a lambda's body).</summary>
    public void LoopReadFromCallee(IOperation at, ISymbol member)
    {
        if (_reporting)
        {
            _observer.LoopMemberRead(this, at, member, Current);
        }
    }

    /// <summary>A callee stored an operand into a field.</summary>
    public void StoreFromCallee(IOperation call, ISymbol field, ObjectSet objects)
    {
        if (_reporting)
        {
            _observer.FieldStore(this, call, field, objects, Current);
        }
    }

    /// <summary>The state during a transfer (for summaries applied at a call).</summary>
    public FlowState State => Current;

    /// <summary>The state with the variable assignments of this block so far applied.</summary>
    private FlowState Current
    {
        get
        {
            if (_pending.Count > 0)
            {
                _state = _state.SetAll(_pending);
                _pending.Clear();
            }

            return _state;
        }
    }

    /// <summary>What a variable holds here: its assignment in this block, else what the state says.</summary>
    private ObjectSet GetValue(object variable) => _pending.TryGetValue(variable, out ObjectSet? objects) ? objects : _state.Get(variable);

    /// <summary>True when the variable has an entry here (assigned in this block or in the state).</summary>
    private bool TryGetAssigned(object variable, out ObjectSet objects)
    {
        if (_pending.TryGetValue(variable, out ObjectSet? pending))
        {
            objects = pending;
            return true;
        }

        if (_state.Values.TryGetValue(variable, out ObjectSet? held))
        {
            objects = held;
            return true;
        }

        objects = FlowState.NoObjects;
        return false;
    }

    /// <summary>
    /// Assigns a variable, as <see cref="FlowState.Set"/> would, but into this block's pending assignments: a block
    /// assigns many flow captures and locals, and one immutable state per assignment was most of the engine's garbage.
    /// Anything that takes the whole state (<see cref="Current"/>) applies them first.
    /// </summary>
    private void SetValue(object variable, ObjectSet objects)
    {
        if (TryGetAssigned(variable, out ObjectSet current) ? FlowState.Same(current, objects) : objects.IsEmpty && variable is CaptureId or ILocalSymbol or IParameterSymbol)
        {
            return;
        }

        _pending[variable] = objects;
    }

    public bool Reporting => _reporting;

    public static string ThisKey => ThisVariable;
}

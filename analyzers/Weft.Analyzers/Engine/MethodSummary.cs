using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers.Engine;

/// <summary>
/// What a source method does to its operands (-1 = the receiver, otherwise a parameter ordinal), as its callers need
/// it: which it writes into, publishes, stores in a field or hands to another thread, and what it returns (an operand
/// or memory reached from it, snapshot or worker-owned data, a field's object). Built by observing one run of its body.
/// </summary>
internal sealed class MethodSummary : IFlowObserver
{
    private readonly IMethodSymbol _method;
    private readonly bool _reportsOwnStaticUpdates;
    private readonly HashSet<int> _writes = new();
    private readonly HashSet<int> _returns = new();
    private readonly Dictionary<int, Publication> _publishes = new();
    private Dictionary<ISymbol, Publication>? _publishedOwnMembers;
    private HashSet<ISymbol>? _publishedOwnMembersKept;
    private readonly Dictionary<int, (IMethodSymbol Callee, IParameterSymbol Published)> _broadcasts = new();
    private readonly List<(int Operand, ISymbol Field)> _stores = new();
    private readonly List<(int Operand, ISymbol Field)> _elementStores = new();
    private readonly Dictionary<int, Place> _handsOff = new();
    private readonly HashSet<AbstractObject> _returnedObjects = new();
    private readonly HashSet<AbstractObject> _returnedOwnMembers = new();
    private readonly Dictionary<ISymbol, IOperation> _loopReads = new(SymbolEqualityComparer.Default);
    private readonly HashSet<int> _byRefAssigned = new();
    private readonly HashSet<int> _writesReached = new();
    private readonly Dictionary<ISymbol, string> _staticUpdates = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<int, string> _byRefUpdates = new();
    private readonly HashSet<ISymbol> _ownFieldReads = new(SymbolEqualityComparer.Default);
    private readonly HashSet<AbstractObject> _staticWrites = new();
    private bool _returnsReceiverMemory;
    private bool _writesOwnMembers;
    private readonly HashSet<ISymbol> _writtenOwnMembers = new(SymbolEqualityComparer.Default);

    // The receiver's own fields the method assigns on its caller's thread (`_busy++`, `_last = x`): made on first use.
    private HashSet<ISymbol>? _assignedOwnMembers;

    // Objects the method made and kept in a member of its receiver (`_last = manifest;`): made on first use.
    private List<(AbstractObject Made, ISymbol Member)>? _keptMade;
    private readonly Dictionary<int, (HashSet<int> Operands, HashSet<AbstractObject> Objects)> _outputs = new();
    private readonly HashSet<int> _outputsReceiverMemory = new();
    private readonly List<(int Ordinal, AbstractObject Member)> _outputOwnMembers = new();
    private readonly Dictionary<AbstractObject, int> _madeParts = new();
    private readonly HashSet<int> _returnedParts = new();
    private readonly Dictionary<ISymbol, ReturnedItem> _returnedItems = new(SymbolEqualityComparer.Default);
    private readonly List<(AbstractObject Delegate, Dictionary<object, ReturnedItem> Closure)> _returnedDelegates = new();
    private List<(ISymbol Member, AbstractObject Delegate, Dictionary<object, ReturnedItem> Closure)>? _storedDelegates;
    private List<(ISymbol Member, Place? Place)>? _runsMemberDelegates;
    private List<(int Operand, IMethodSymbol Method, Place Place)>? _callsElsewhere;

    /// <summary>What one item of a returned tuple holds: operands, objects the caller knows, objects the method made.</summary>
    private sealed class ReturnedItem
    {
        public HashSet<int> Operands { get; } = new();

        public HashSet<AbstractObject> Objects { get; } = new();

        public HashSet<int> Parts { get; } = new();

        public bool ReceiverMemory { get; set; }
    }

    public MethodSummary(IMethodSymbol method, bool reportsOwnStaticUpdates = false)
    {
        _method = method;
        _reportsOwnStaticUpdates = reportsOwnStaticUpdates;
    }

    public bool IsEmpty { get; private set; }

    /// <summary>The method changes what its receiver's fields hold (not through a thread-safe member).</summary>
    public bool WritesOwnMembers => _writesOwnMembers;

    /// <summary>Operands the method stores into a field or auto-property (of its receiver or a type).</summary>
    public IEnumerable<(int Operand, ISymbol Field)> Stores => _stores;

    /// <summary>
    /// Applying it at a call gives the caller its result and nothing else: no write, publication, store, hand-off,
    /// loop-member read, by-ref or static update (its own field reads are taken only for a call on <c>this</c>).
    /// </summary>
    public bool OnlyReturns => IsFrozen &&
        _writes.Count == 0 && _publishes.Count == 0 && _publishedOwnMembers is null && _stores.Count == 0 && _elementStores.Count == 0 && _handsOff.Count == 0 && _loopReads.Count == 0 && _outputs.Count == 0 && _byRefAssigned.Count == 0 && _staticUpdates.Count == 0 && _byRefUpdates.Count == 0 && _staticWrites.Count == 0 && _writesReached.Count == 0 && !_writesOwnMembers && _broadcasts.Count == 0 && _storedDelegates is null && _runsMemberDelegates is null && _callsElsewhere is null;

    private bool IsFrozen { get; set; }

    public void Freeze()
    {
        IsEmpty = _writes.Count == 0 && _returns.Count == 0 && _publishes.Count == 0 && _publishedOwnMembers is null && _stores.Count == 0 && _elementStores.Count == 0 && _handsOff.Count == 0 && _returnedObjects.Count == 0 && _loopReads.Count == 0 && _outputs.Count == 0 && _byRefAssigned.Count == 0 && _staticUpdates.Count == 0 && _byRefUpdates.Count == 0 && _ownFieldReads.Count == 0 && _staticWrites.Count == 0 && !_returnsReceiverMemory && !_writesOwnMembers && _returnedParts.Count == 0 && _returnedItems.Count == 0 && _returnedDelegates.Count == 0 && _broadcasts.Count == 0 && _storedDelegates is null && _runsMemberDelegates is null && _callsElsewhere is null;
        IsFrozen = true;
    }

    /// <summary>
    /// What the method leaves in its <c>out</c> and <c>ref</c> parameters at its exit: operands (memory of) the caller
    /// passed, or snapshot, worker-owned or field data. The caller's variables get it (<c>TryFind(key, out var list)</c>).
    /// </summary>
    public void RecordOutputs(FlowState exit)
    {
        RecordElementStores(exit);
        foreach (ISymbol member in _publishedOwnMembers?.Keys ?? Enumerable.Empty<ISymbol>())
        {
            // Still held at the exit (not replaced by a copy after the publish on every path): the receiver's member is
            // the published object for the code after the call, too.
            if (!exit.Values.TryGetValue(member, out ObjectSet? held) || held.Contains(AbstractObject.Field(member)))
            {
                (_publishedOwnMembersKept ??= new(SymbolEqualityComparer.Default)).Add(member);
            }
        }

        foreach (IParameterSymbol parameter in _method.Parameters)
        {
            if (parameter.RefKind is not (RefKind.Out or RefKind.Ref))
            {
                continue;
            }

            // Created even when nothing followed is left there: the argument's variable no longer holds what it held.
            Output(parameter.Ordinal);
            foreach (AbstractObject obj in exit.Get(parameter))
            {
                if (OperandOf(obj) is int operand)
                {
                    // Its own operand included: a ref parameter left as it came keeps what the caller's variable held.
                    Output(parameter.Ordinal).Operands.Add(operand);
                }
                else if (IsOwnMember(obj.Root))
                {
                    // What the receiver's field holds is the receiver's memory (a TryFind handing out an element of
                    // its own list): the caller gets memory of the object it called the method on.
                    _outputsReceiverMemory.Add(parameter.Ordinal);
                    _outputOwnMembers.Add((parameter.Ordinal, obj));
                }
                else if (obj.Root.Kind is ObjectKind.Snapshot or ObjectKind.Worker or ObjectKind.Field)
                {
                    Output(parameter.Ordinal).Objects.Add(obj);
                }
            }
        }
    }

    /// <summary>
    /// Operands the method leaves as elements of a collection its receiver's field holds (<c>_tracked.Add(cache)</c>):
    /// the caller's argument is kept there, reachable by whoever reads that field later (on another thread).
    /// </summary>
    private void RecordElementStores(FlowState exit)
    {
        if (_method.IsStatic || exit.Heap.IsEmpty)
        {
            return;
        }

        foreach (var entry in exit.Heap)
        {
            if (entry.Key.Member is not null || entry.Key.CopiedFrom || !IsOwnMember(entry.Key.Owner) || entry.Key.Owner.Symbol is not { } field)
            {
                continue;
            }

            foreach (AbstractObject obj in entry.Value)
            {
                if (OperandOf(obj) is int operand && !_elementStores.Exists(s => s.Operand == operand && SymbolEqualityComparer.Default.Equals(s.Field, field)))
                {
                    _elementStores.Add((operand, field));
                }
            }
        }
    }

    private (HashSet<int> Operands, HashSet<AbstractObject> Objects) Output(int ordinal)
    {
        if (!_outputs.TryGetValue(ordinal, out var output))
        {
            _outputs[ordinal] = output = (new HashSet<int>(), new HashSet<AbstractObject>());
        }

        return output;
    }

    /// <summary>Applies the summary at a call: the caller's run sees the writes, publications and hand-offs, and gets the result.</summary>
    public ObjectSet Apply(FlowRun caller, IOperation call, ImmutableArray<IArgumentOperation> argumentOperations, ObjectSet receiver, ObjectSet[] arguments)
    {
        if (IsEmpty)
        {
            return FlowState.NoObjects;
        }

        ObjectSet Operand(int operand) => operand < 0 ? receiver : operand < arguments.Length ? arguments[operand] : FlowState.NoObjects;

        foreach (int operand in _writes)
        {
            caller.WriteFromCallee(call, Operand(operand));
        }

        foreach (int operand in _writesReached)
        {
            ObjectSet stored = caller.StoredIn(Operand(operand));
            if (!stored.IsEmpty)
            {
                caller.WriteFromCallee(call, stored);
            }
        }

        foreach (var publication in _publishes)
        {
            caller.Publish(Operand(publication.Key), new Publication(call, publication.Value.Via));
        }

        if (_publishedOwnMembers is not null)
        {
            // `protected void Commit() => slot.Publish(Entries);` called on an instance (a derived class's `this`): what
            // the receiver's field holds is published from the call on.
            ObjectSet others = ObjectSet.From(receiver.Where(static o => o.Kind != ObjectKind.This));
            foreach (var published in _publishedOwnMembers)
            {
                ObjectSet held = receiver.Contains(AbstractObject.This) ? caller.HeldByOwnMember(published.Key) : FlowState.NoObjects;
                ObjectSet ofOthers = caller.HeldByMemberOf(others, published.Key);
                if (ofOthers.IsEmpty && !others.IsEmpty && (_publishedOwnMembersKept?.Contains(published.Key) ?? false))
                {
                    // `publisher.Publish(); publisher.Published.Paths.Add(…)`: the caller does not know what the member
                    // holds (a field initializer's object), but it is what was published, and stays in the member for
                    // a getter that returns it. The member's own object stands for it.
                    ofOthers = ObjectSet.Create(AbstractObject.Field(published.Key));
                    caller.StoreInMemberOf(others, published.Key, ofOthers);
                }

                caller.Publish(held.Union(ofOthers), new Publication(call, published.Value.Via));
            }
        }

        foreach (var broadcast in _broadcasts)
        {
            foreach (IArgumentOperation argument in argumentOperations)
            {
                if (argument.Parameter?.Ordinal == broadcast.Key)
                {
                    caller.PublishedArgumentFromCallee(argument, broadcast.Value.Callee, broadcast.Value.Published, Operand(broadcast.Key));
                }
            }
        }

        foreach ((int operand, ISymbol field) in _stores)
        {
            caller.StoreFromCallee(call, field, Operand(operand));
        }

        if (_storedDelegates is not null || _runsMemberDelegates is not null)
        {
            ApplyMemberDelegates(caller, call, receiver, arguments);
        }

        foreach ((int operand, ISymbol field) in _elementStores)
        {
            // Only what makes the field's reader another thread's problem: worker state, or a delegate over it. The
            // field does not hold the object itself (its collection does): writing that collection writes no
            // published object, so a published argument must not mark the field published (WEFT0002).
            ObjectSet kept = Operand(operand).Where(static o => o.Kind == ObjectKind.Delegate || o.Root.Kind == ObjectKind.Worker);
            if (!kept.IsEmpty)
            {
                caller.StoreFromCallee(call, field, kept);
            }
        }

        foreach (var handOff in _handsOff)
        {
            caller.HandOff(OperandSite(call, argumentOperations, handOff.Key), Operand(handOff.Key), handOff.Value);
        }

        foreach ((int operand, IMethodSymbol method, Place place) in _callsElsewhere ?? [])
        {
            caller.CallElsewhere(OperandSite(call, argumentOperations, operand), Operand(operand), method, place);
        }

        foreach (var loopRead in _loopReads)
        {
            // A lambda or local function in the caller's file is reported at its read, where it occurs (docs/rules/README.md);
            // a named method may be right where else it is called, and a body in another file is not shown there: for
            // those the call is what is wrong.
            bool nested = _method.MethodKind is MethodKind.AnonymousFunction or MethodKind.LocalFunction &&
                          loopRead.Value.Syntax.SyntaxTree == call.Syntax.SyntaxTree;
            caller.LoopReadFromCallee(nested ? loopRead.Value : call, loopRead.Key);
        }

        if (_writesOwnMembers)
        {
            // The receiver's fields changed. The caller's own `this` is left out: its fields are variables of the
            // caller's type, judged where they are written, as when the caller writes them itself.
            if (receiver.Contains(AbstractObject.This) && (caller.Place.IsPerThreadCallback || InheritedBy(caller.Function)))
            {
                // Called on the caller's own instance from a callback that runs on every thread: what the callee
                // changes are the caller's fields' objects, from every thread at once (WEFT0008). So it is when a
                // derived class calls a base class's method (`base.Reset()` clearing a list the derived class
                // published): the base's own body knows nothing of that publish, so the change is the caller's.
                foreach (ISymbol member in _writtenOwnMembers)
                {
                    caller.WriteFromCallee(call, caller.HeldByOwnMember(member));
                }
            }

            if (receiver.Contains(AbstractObject.This) && _assignedOwnMembers is { } assigned)
            {
                // `MarkBusy()` (`_busy++`) in a delegate on the caller's own instance: the caller's field is assigned
                // there, as if the delegate did it itself (WEFT0008 when it runs on every thread; reported at the call).
                foreach (ISymbol member in assigned)
                {
                    caller.AssignedFromCallee(call, member);
                }
            }

            ObjectSet changed = ObjectSet.From(receiver.Where(o => o.Kind != ObjectKind.This));
            if (!changed.IsEmpty)
            {
                caller.WriteFromCallee(call, changed);
                foreach (ISymbol member in _writtenOwnMembers)
                {
                    // As the caller reads it: a member no store reached (filled by its initializer) is the memory
                    // reached from the receiver, which the caller may have published (`slot.Publish(b.Items); b.Reset();`).
                    ObjectSet held = caller.ReadMemberOf(changed, member);
                    if (!held.IsEmpty)
                    {
                        caller.WriteFromCallee(call, held);
                    }
                }

                foreach (AbstractObject operand in changed)
                {
                    // A receiver the caller knows only as its own parameter (`Stamp(ISink sink) => sink.Put(0, 1)`):
                    // what its fields hold is memory reached from that parameter, which the caller's own callers know
                    // (the array they gave the object they pass).
                    if (operand.Kind == ObjectKind.Parameter && AbstractObject.ReachOf(operand) is { } reached)
                    {
                        caller.WriteFromCallee(call, ObjectSet.Create(reached));
                    }
                }
            }
        }

        foreach (var update in _byRefUpdates)
        {
            // Advance(ref s_clock, n) where Advance does `clock += n`: the caller's static is read and written there.
            foreach (IArgumentOperation argument in argumentOperations)
            {
                if (argument.Parameter?.Ordinal == update.Key && StaticStructRoot(argument.Value) is { } staticByRef)
                {
                    caller.StaticUpdateFromCallee(call, staticByRef, update.Value);
                }
            }
        }

        // A local function called by name is also run where it is called, with the caller's thread (FlowRun.Invoke):
        // its static writes are reported there, at the write; once more at the call would be the same defect twice.
        bool runAtCall = call is IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction };
        if (!runAtCall)
        {
            foreach (var update in _staticUpdates)
            {
                caller.StaticUpdateFromCallee(call, update.Key, update.Value);
            }

            if (_staticWrites.Count > 0)
            {
                caller.WriteFromCallee(call, ObjectSet.From(_staticWrites));
            }
        }

        foreach (int assigned in _byRefAssigned)
        {
            foreach (IArgumentOperation argument in argumentOperations)
            {
                if (argument.Parameter?.Ordinal == assigned)
                {
                    caller.WriteByRefLocationFromCallee(call, argument);
                }
            }
        }

        foreach (var output in _outputs)
        {
            foreach (IArgumentOperation argument in argumentOperations)
            {
                if (argument.Parameter is { RefKind: RefKind.Out or RefKind.Ref } parameter && parameter.Ordinal == output.Key)
                {
                    var objects = new ObjectSet.Builder();
                    foreach (int operand in output.Value.Operands)
                    {
                        objects.UnionWith(Operand(operand));
                    }

                    objects.UnionWith(output.Value.Objects);
                    if (_outputsReceiverMemory.Contains(output.Key))
                    {
                        AddReceiverMemory(ref objects, receiver);
                        if (CalledOnItself(receiver))
                        {
                            foreach ((int ordinal, AbstractObject member) in _outputOwnMembers)
                            {
                                if (ordinal == output.Key)
                                {
                                    objects.Add(member);
                                }
                            }
                        }
                    }

                    // A [SharedSnapshot]/[WorkerOwned] out parameter: the role's object, assigned at the call, stays.
                    caller.AssignFromCallee(argument, objects.ToImmutable(), keepCurrent: (caller.Roles.Of(parameter) & (Role.SharedSnapshot | Role.WorkerOwned)) != 0);
                }
            }
        }

        return ResultOf(caller, call, receiver, arguments);
    }

    /// <summary>
    /// What a call returns, given its operands (its other effects are <see cref="Apply"/>'s): objects the method
    /// made are new objects of the call, a tuple it returns is a new tuple whose items hold what the method put there.
    /// </summary>
    public ObjectSet ResultOf(FlowRun caller, IOperation call, ObjectSet receiver, ObjectSet[] arguments)
    {
        ObjectSet Operand(int operand) => operand < 0 ? receiver : operand < arguments.Length ? arguments[operand] : FlowState.NoObjects;

        var result = new ObjectSet.Builder();
        foreach (int operand in _returns)
        {
            foreach (AbstractObject obj in Operand(operand))
            {
                result.Add(obj);
                if (AbstractObject.ReachOf(obj) is { } reached)
                {
                    result.Add(reached);
                }
            }
        }

        result.UnionWith(_returnedObjects);
        if (_returnsReceiverMemory)
        {
            AddReceiverMemory(ref result, receiver);
            if (CalledOnItself(receiver))
            {
                result.UnionWith(_returnedOwnMembers);
            }

            AddHeldByReturnedMembers(ref result, caller, receiver);
        }

        foreach (int part in _returnedParts)
        {
            result.Add(caller.AllocateResult(call, part));
        }

        if (_keptMade is not null && receiver.Where(static o => o.Kind != ObjectKind.This) is { IsEmpty: false } keepers)
        {
            // A builder that keeps the object it returns (`_last = manifest;`): the caller's builder object holds the
            // very object the caller got, so what the builder later does to that member it does to the caller's object.
            foreach ((AbstractObject made, ISymbol member) in _keptMade)
            {
                if (_madeParts.TryGetValue(made, out int part) && _returnedParts.Contains(part))
                {
                    caller.StoreInMemberOf(keepers, member, ObjectSet.Create(AbstractObject.Fresh(call, part)));
                }
            }
        }

        if (_returnedItems.Count > 0)
        {
            var made = new Dictionary<int, AbstractObject>();
            AbstractObject tuple = caller.AllocateResult(call, 0);
            foreach (var item in _returnedItems)
            {
                ObjectSet.Builder held = HeldAtCall(item.Value, receiver, arguments);
                foreach (int part in item.Value.Parts)
                {
                    if (!made.TryGetValue(part, out AbstractObject? obj))
                    {
                        made[part] = obj = _returnedParts.Contains(part) ? AbstractObject.Fresh(call, part) : caller.AllocateResult(call, part);
                    }

                    held.Add(obj);
                }

                caller.StoreResultItem(tuple, item.Key, held.ToImmutable());
            }

            result.Add(tuple);
        }

        foreach ((AbstractObject @delegate, Dictionary<object, ReturnedItem> closure) in _returnedDelegates)
        {
            // A lambda the method made over its parameters (`static Action Forget(Cache c) => () => c.Clear();`): the
            // caller gets it with what the caller passed for them, for wherever it ends up running.
            result.Add(BoundAtCall(@delegate, closure, receiver, arguments));
        }

        return result.ToImmutable();
    }

    /// <summary>A delegate the method made, with what its captured variables hold at this call in the caller's objects.</summary>
    private static AbstractObject BoundAtCall(AbstractObject @delegate, Dictionary<object, ReturnedItem> closure, ObjectSet receiver, ObjectSet[] arguments)
    {
        var bound = ImmutableDictionary.CreateBuilder<object, ObjectSet>(VariableComparer.Instance);
        foreach (var variable in closure)
        {
            ObjectSet objects = HeldAtCall(variable.Value, receiver, arguments).ToImmutable();
            if (!objects.IsEmpty)
            {
                bound[variable.Key] = objects;
            }
        }

        return bound.Count == 0 ? @delegate : @delegate.WithClosure(bound.ToImmutable());
    }

    /// <summary>
    /// The lambdas the method keeps in members of its receiver, bound to the caller's arguments, put in those members
    /// of <paramref name="receiver"/> (for a constructor: of the new object).
    /// </summary>
    public void StoreMemberDelegates(FlowRun caller, ObjectSet receiver, ObjectSet[] arguments)
    {
        foreach ((ISymbol member, AbstractObject @delegate, Dictionary<object, ReturnedItem> closure) in _storedDelegates ?? [])
        {
            caller.StoreInMemberOf(receiver, member, ObjectSet.Create(BoundAtCall(@delegate, closure, receiver, arguments)));
        }
    }

    /// <summary>
    /// A lambda the method keeps in a member of its receiver (<c>_pending = () => hosts.Clear();</c>) is, at the call,
    /// in that member of the caller's receiver object, with what the caller passed for its variables; a method that
    /// runs the delegate a member of its receiver holds (<c>_pending?.Invoke()</c>, here or on a thread it starts)
    /// runs, at the call, the delegates the caller knows that member holds. The caller's own <c>this</c> is left out:
    /// its members are variables of the caller's type, judged by the type's own bodies.
    /// </summary>
    private void ApplyMemberDelegates(FlowRun caller, IOperation call, ObjectSet receiver, ObjectSet[] arguments)
    {
        if (receiver.IsEmpty)
        {
            return;
        }

        ObjectSet others = receiver.Where(static o => o.Kind != ObjectKind.This);

        if (!others.IsEmpty)
        {
            StoreMemberDelegates(caller, others, arguments);
        }

        foreach ((ISymbol member, Place? place) in _runsMemberDelegates ?? [])
        {
            if (member is IEventSymbol && place is not null)
            {
                // An event the method raises on a thread it starts: the event's declaring type judges that raise for
                // every handler the compilation adds (at the type's end), where a named handler's read is reported.
                continue;
            }

            // Run on the caller's thread, which is not its loop's (a Task.Run callback, code after ConfigureAwait(false)):
            // the delegates' bodies and what they captured go there.
            Place? there = place ?? (caller.Place.LeavesCallerThread ? caller.Place : caller.State.OffLoop is { } offLoop ? new Place(PlaceKind.OffPool, offLoop) : null);
            ObjectSet delegates = others.IsEmpty ? FlowState.NoObjects : caller.HeldByMemberOf(others, member).Where(static o => o.Kind == ObjectKind.Delegate);
            if (delegates.IsEmpty && (!others.IsEmpty || there is not null))
            {
                // A Lazy<T> member forced by the method (`Batch => _batch.Value`) whose object the caller does not know:
                // the factory its initializer or constructors gave it. On the caller's own `this`, only where the call
                // runs on another thread (the type's own `Task.Run(() => Batch)`): elsewhere its own bodies judge it.
                delegates = caller.Engine.InitialFactoriesOf(member);
            }

            if (delegates.IsEmpty && member is IEventSymbol @event && !others.IsEmpty && others.Where(static o => o.Kind == ObjectKind.Fresh).IsEmpty)
            {
                // An event of an object this code did not make (`_scanner.Scan(…)` on a scanner a constructor
                // subscribed to): any handler the compilation adds to that event may be the one raised, as where its
                // declaring type raises it.
                delegates = caller.Engine.SubscribedHandlersOf(@event);
            }

            if (delegates.IsEmpty)
            {
                continue;
            }

            if (there is { } elsewhere)
            {
                // Run on the caller's own thread after its off-loop await: judged by what crossed that await.
                caller.HandOff(call, delegates, elsewhere, crossedOnly: place is null && (!caller.Place.LeavesCallerThread || caller.CrossedOnly));
            }
            else
            {
                caller.RunDelegatesHere(call, delegates, ImmutableArray<IArgumentOperation>.Empty, Array.Empty<ObjectSet>());
            }
        }
    }

    /// <summary>
    /// A member of the receiver the method hands out (<c>Current => _orders[_index]</c>), called on an object whose
    /// member the caller knows (a cursor built over a snapshot's array): what the caller put there, or its elements
    /// when the method returns memory reached from the member.
    /// </summary>
    private void AddHeldByReturnedMembers(ref ObjectSet.Builder result, FlowRun caller, ObjectSet receiver)
    {
        foreach (AbstractObject member in _returnedOwnMembers)
        {
            if (member.Root.Symbol is not { } symbol)
            {
                continue;
            }

            ObjectSet held = caller.HeldByMemberOf(receiver, symbol);
            foreach (AbstractObject obj in held)
            {
                if (member.Kind != ObjectKind.Reach)
                {
                    result.Add(obj);
                }
                else if (AbstractObject.ReachOf(obj) is { } reached)
                {
                    result.Add(reached);
                }
            }
        }
    }

    /// <summary>What a returned item (a tuple's item, a returned lambda's variable) holds at a call, in the caller's objects.</summary>
    private static ObjectSet.Builder HeldAtCall(ReturnedItem item, ObjectSet receiver, ObjectSet[] arguments)
    {
        var held = new ObjectSet.Builder();
        foreach (int operand in item.Operands)
        {
            held.UnionWith(operand < 0 ? receiver : operand < arguments.Length ? arguments[operand] : FlowState.NoObjects);
        }

        held.UnionWith(item.Objects);
        if (item.ReceiverMemory)
        {
            AddReceiverMemory(ref held, receiver);
        }

        return held;
    }

    /// <summary>
    /// The caller calls the method on its own instance: the method's fields are the caller's fields (a field object
    /// stands for that member of the caller's <c>this</c>; on any other receiver it is that receiver's memory).
    /// </summary>
    private static bool CalledOnItself(ObjectSet receiver)
    {
        foreach (AbstractObject obj in receiver)
        {
            if (obj.Kind == ObjectKind.This)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddReceiverMemory(ref ObjectSet.Builder result, ObjectSet receiver)
    {
        foreach (AbstractObject obj in receiver)
        {
            if (AbstractObject.ReachOf(obj) is { } reached)
            {
                result.Add(reached);
            }
        }
    }

    /// <summary>
    /// The static field a by-ref argument lives in: <c>ref s_clock</c>, or a member of a static struct
    /// (<c>ref s_window.Nested</c>), whose storage is the static variable itself.
    /// </summary>
    private static IFieldSymbol? StaticStructRoot(IOperation argument)
    {
        while (true)
        {
            switch (argument)
            {
                case IFieldReferenceOperation { Field.IsStatic: true } staticField:
                    return staticField.Field;
                case IFieldReferenceOperation { Instance: { Type.IsValueType: true } inner }:
                    argument = inner;
                    continue;
                default:
                    return null;
            }
        }
    }

    /// <summary>The part number of an object the method made and returns (the same number on every return).</summary>
    private int PartOf(AbstractObject made)
    {
        if (!_madeParts.TryGetValue(made, out int part))
        {
            _madeParts[made] = part = _madeParts.Count + 1;
        }

        return part;
    }

    public void ByRefParameterAssigned(FlowRun run, IOperation write, IParameterSymbol parameter, ObjectSet objects)
    {
        if (run.Outer is null && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _method))
        {
            // Where the argument lives changes (what it holds at the exit is RecordOutputs' business).
            _byRefAssigned.Add(parameter.Ordinal);
        }
    }

    /// <summary>This method is declared by a base class of the type <paramref name="caller"/> belongs to (not by that type itself).</summary>
    private bool InheritedBy(IMethodSymbol? caller) =>
        caller?.ContainingType is { } callerType && !SymbolEqualityComparer.Default.Equals(callerType.OriginalDefinition, _method.ContainingType.OriginalDefinition) &&
        InheritsFrom(callerType.BaseType, _method.ContainingType);

    /// <summary>The object an instance field (or auto-property) of the receiver holds, read through <c>this</c>.</summary>
    private bool IsOwnMember(AbstractObject root) =>
        !_method.IsStatic && root.Kind == ObjectKind.Field && root.Symbol is { IsStatic: false } member &&
        _method.ContainingType is { } type && InheritsFrom(type, member.ContainingType);

    private static bool InheritsFrom(INamedTypeSymbol? type, INamedTypeSymbol owner)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, owner.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes a thread-safe type allows from any thread: under a lock, atomic helpers, volatile or concurrent members.</summary>
    private static bool IsThreadSafeWrite(IOperation write, ISymbol member) =>
        write is IArgumentOperation || FlowRun.UnderLock(write) || member is IFieldSymbol { IsVolatile: true } ||
        ThreadSafeTypes.Contains(member switch { IFieldSymbol f => f.Type, IPropertySymbol p => p.Type, _ => null });

    /// <summary>The operand an object stands for, when it is (memory of) this method's parameter or receiver.</summary>
    /// <summary>
    /// Where the caller wrote an operand (-1: the receiver): its argument, the receiver expression (`recent` of
    /// `recent.TrimLater(2)`), or the call itself when neither is written.
    /// </summary>
    private static IOperation OperandSite(IOperation call, ImmutableArray<IArgumentOperation> argumentOperations, int operand)
    {
        foreach (IArgumentOperation argument in argumentOperations)
        {
            if (argument.Parameter?.Ordinal == operand)
            {
                return argument;
            }
        }

        return operand == -1 && call is IInvocationOperation { Instance: { } instance } ? instance : call;
    }

    private int? OperandOf(AbstractObject obj)
    {
        AbstractObject root = obj.Root;
        return root.Kind switch
        {
            ObjectKind.Parameter when root.Symbol is IParameterSymbol parameter && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _method) => parameter.Ordinal,
            ObjectKind.This => -1,
            _ => null,
        };
    }

    public void Write(FlowRun run, IOperation write, AbstractObject container, FlowState state)
    {
        if (OperandOf(container) is int operand)
        {
            _writes.Add(operand);
            if (container.Kind == ObjectKind.Reach)
            {
                // Memory reached from the operand (an element of a params array, a member's object): what the caller
                // stored in the argument is written too.
                _writesReached.Add(operand);
            }
        }
        else if (IsOwnMember(container.Root) && !IsThreadSafeWrite(write, container.Root.Symbol!))
        {
            // A field of the receiver changed in place (its list cleared): the receiver's memory changes, and so
            // does whatever the caller knows that field of the receiver holds (snapshot data given to its constructor).
            _writesOwnMembers = true;
            _writtenOwnMembers.Add(container.Root.Symbol!);
        }
        else if (container is { Kind: ObjectKind.Field, Symbol: IFieldSymbol { IsStatic: true } field } && !run.IsThreadStatic(field) &&
                 write is not IArgumentOperation && !FlowRun.UnderLock(write) && !run.Place.IsWorkerCode && !_reportsOwnStaticUpdates)
        {
            // A static collection changed by a helper: the caller's thread decides whether it races (WEFT0006). Worker
            // code's own writes are reported where they are, as its read-modify-writes are (FieldUpdate).
            _staticWrites.Add(container);
        }
    }

    public void Returned(FlowRun run, IOperation value, ObjectSet objects)
    {
        if (run.Outer is not null)
        {
            return;
        }

        foreach (AbstractObject obj in objects)
        {
            if (OperandOf(obj) is int operand)
            {
                _returns.Add(operand);
            }
            else if (IsOwnMember(obj.Root))
            {
                // What the receiver's field holds is the receiver's memory (an indexer handing out an inner list): the
                // caller's own field only when the caller calls it on itself.
                _returnedOwnMembers.Add(obj);
                _returnsReceiverMemory = true;
            }
            else if (obj.Root.Kind is ObjectKind.Snapshot or ObjectKind.Worker or ObjectKind.Field || obj.Kind == ObjectKind.ContextFree)
            {
                // (A configured awaitable, `Task.Delay(5).ConfigureAwait(false)`: awaiting the call's result leaves the loop.)
                _returnedObjects.Add(obj);
            }
            else if (obj.Kind == ObjectKind.Fresh && value.Type is INamedTypeSymbol { IsTupleType: true, TupleElements: var items })
            {
                // A tuple the method made: each item keeps what it holds, for the caller to take apart.
                foreach (IFieldSymbol item in items)
                {
                    run.State.Heap.TryGetValue(new HeapKey(obj, item), out ObjectSet? held);
                    AddHeld(ItemFor(HeapKey.TupleItem(item)!.OriginalDefinition), held ?? FlowState.NoObjects);
                }
            }
            else if (obj.Kind == ObjectKind.Fresh)
            {
                // An object the method made (a factory): a new object at each call — holding, member by member, what
                // the method put in it from its parameters or shared data (`static Page PageOf(all, i) => new(all, i)`).
                _returnedParts.Add(PartOf(obj));
                RecordReturnedMembers(run, obj);
            }
            else if (obj is { Kind: ObjectKind.Delegate, Key: IFlowAnonymousFunctionOperation or IMethodSymbol { MethodKind: MethodKind.LocalFunction } })
            {
                ReturnedDelegate(run, obj);
            }
        }
    }

    /// <summary>What each member of a new object the method returns holds from outside it, for the caller to read back.</summary>
    private void RecordReturnedMembers(FlowRun run, AbstractObject made)
    {
        foreach (var entry in run.State.Heap)
        {
            if (entry.Key.CopiedFrom || entry.Key.Member is not (IFieldSymbol or IPropertySymbol) || !entry.Key.Owner.Equals(made))
            {
                continue;
            }

            if (!entry.Value.IsEmpty)
            {
                AddHeld(ItemFor(entry.Key.Member), entry.Value);
            }
        }
    }

    private ReturnedItem ItemFor(ISymbol member)
    {
        if (!_returnedItems.TryGetValue(member, out ReturnedItem? returned))
        {
            _returnedItems[member] = returned = new ReturnedItem();
        }

        return returned;
    }

    /// <summary>What a returned item or member holds, in the caller's terms: parameters, the receiver's memory, shared data, objects made here.</summary>
    private void AddHeld(ReturnedItem returned, ObjectSet held)
    {
        foreach (AbstractObject element in held)
        {
            if (OperandOf(element) is int operand)
            {
                returned.Operands.Add(operand);
            }
            else if (IsOwnMember(element.Root))
            {
                returned.ReceiverMemory = true;
            }
            else if (element.Root.Kind is ObjectKind.Snapshot or ObjectKind.Worker or ObjectKind.Field)
            {
                returned.Objects.Add(element);
            }
            else if (element.Kind == ObjectKind.Fresh)
            {
                returned.Parts.Add(PartOf(element));
            }
        }
    }

    /// <summary>A lambda or local function the method hands back: what each of its variables holds there, in the caller's terms.</summary>
    private void ReturnedDelegate(FlowRun run, AbstractObject @delegate)
    {
        foreach ((AbstractObject known, _) in _returnedDelegates)
        {
            if (known.Equals(@delegate))
            {
                return;
            }
        }

        _returnedDelegates.Add((@delegate, ClosureAt(run.State)));
    }

    /// <summary>What each variable of the method holds at this point, in the caller's terms (for a delegate made over them).</summary>
    private Dictionary<object, ReturnedItem> ClosureAt(FlowState state)
    {
        var closure = new Dictionary<object, ReturnedItem>(VariableComparer.Instance);
        foreach (var variable in state.Values)
        {
            if (variable.Key is not (ILocalSymbol or IParameterSymbol) || !SymbolEqualityComparer.Default.Equals(((ISymbol)variable.Key).ContainingSymbol, _method))
            {
                continue;
            }

            var item = new ReturnedItem();
            foreach (AbstractObject obj in variable.Value)
            {
                if (OperandOf(obj) is int operand)
                {
                    item.Operands.Add(operand);
                }
                else if (IsOwnMember(obj.Root))
                {
                    item.ReceiverMemory = true;
                }
                else if (obj.Root.Kind is ObjectKind.Snapshot or ObjectKind.Worker or ObjectKind.Field)
                {
                    item.Objects.Add(obj);
                }
            }

            if (item.Operands.Count > 0 || item.Objects.Count > 0 || item.ReceiverMemory)
            {
                closure[variable.Key] = item;
            }
        }

        return closure;
    }

    public void FieldStore(FlowRun run, IOperation store, ISymbol field, ObjectSet objects, FlowState state)
    {
        if (store is IObjectCreationOperation)
        {
            // What a constructor called here keeps is in the new object's members already (its callers see the object).
            return;
        }

        if (!field.IsStatic && _method.MethodKind != MethodKind.Constructor && !IsThreadSafeWrite(store, field))
        {
            // The receiver's own field assigned (a lazy cache, a counter): a write to the receiver.
            _writesOwnMembers = true;
            if (!run.Place.LeavesCallerThread)
            {
                (_assignedOwnMembers ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(field);
            }
        }

        foreach (AbstractObject obj in objects)
        {
            if (OperandOf(obj) is int operand)
            {
                _stores.Add((operand, field));
            }
            else if (run.Outer is null && !field.IsStatic && InheritsFrom(_method.ContainingType, field.ContainingType))
            {
                if (obj is { Kind: ObjectKind.Fresh, Site: { } site } && run.Graph.OriginalOperation.Syntax is var body &&
                    site.Syntax.SyntaxTree == body.SyntaxTree && body.Span.Contains(site.Syntax.Span))
                {
                    // `_last = manifest; return manifest;`: if it is returned, the caller's object holds what it got.
                    (_keptMade ??= new()).Add((obj, field));
                }

                // A lambda this body made, kept in the receiver's member (or as the factory of a Lazy<T> kept there):
                // another method of the type may run it later.
                if (IsMadeHere(run, obj))
                {
                    StoreDelegate(field, obj, state);
                }
                else if (obj.Kind == ObjectKind.Fresh && FlowEngine.IsLazy(MemberType(field)) && state.Heap.TryGetValue(new HeapKey(obj, null), out ObjectSet? factories))
                {
                    foreach (AbstractObject factory in factories)
                    {
                        if (IsMadeHere(run, factory))
                        {
                            StoreDelegate(field, factory, state);
                        }
                    }
                }
            }
        }
    }

    private static bool IsMadeHere(FlowRun run, AbstractObject obj) =>
        obj is { Kind: ObjectKind.Delegate, Key: IFlowAnonymousFunctionOperation } && ReferenceEquals(obj.Graph, run.Graph);

    private static ITypeSymbol? MemberType(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private void StoreDelegate(ISymbol member, AbstractObject @delegate, FlowState state)
    {
        if (!(_storedDelegates?.Exists(s => s.Delegate.Equals(@delegate)) ?? false))
        {
            (_storedDelegates ??= new()).Add((member, @delegate, ClosureAt(state)));
        }
    }

    public void OwnVirtualCallElsewhere(FlowRun run, IInvocationOperation invocation, IMethodSymbol method)
    {
        if (run.Place.LeavesCallerThread && !(_callsElsewhere?.Exists(c => c.Operand == -1 && SymbolEqualityComparer.Default.Equals(c.Method, method)) ?? false))
        {
            // As for a parameter's object (`observer.OnNext(1)` there): the caller's receiver, if it knows its class,
            // runs that class's override there.
            (_callsElsewhere ??= new()).Add((-1, method, run.Place));
        }
    }

    public void MemberDelegateRun(FlowRun run, IOperation invocation, AbstractObject member)
    {
        if (!IsOwnMember(member) || member.Symbol is not { } symbol)
        {
            return;
        }

        // In the method's own code, or a lambda it runs in place, the delegate runs on the caller's thread; in one it
        // hands to another thread, there. Not when posted back to the loop the type keeps beside the member in every
        // body that stores it (`_home = Dispatcher.Current; _work = …;`: the delegate goes home), nor in a callback run
        // on every worker (judged where that callback is).
        Place? place = null;
        if (run.Outer is not null && run.Place.LeavesCallerThread)
        {
            if (run.Place.HomeField is { } home && run.Engine.StoredOnlyBesideOwnLoop(symbol, home))
            {
                return;
            }

            place = run.Place;
        }
        else if (run.Outer is not null && run.Place.Kind is not (PlaceKind.Caller or PlaceKind.Worker))
        {
            return;
        }

        if (!(_runsMemberDelegates?.Exists(r => SymbolEqualityComparer.Default.Equals(r.Member, symbol)) ?? false))
        {
            (_runsMemberDelegates ??= new()).Add((symbol, place));
        }
    }

    public void PublishedArgument(FlowRun run, IArgumentOperation argument, IMethodSymbol callee, IParameterSymbol published, ObjectSet objects)
    {
        foreach (AbstractObject obj in objects)
        {
            if (OperandOf(obj) is int operand && !_publishes.ContainsKey(operand))
            {
                _publishes[operand] = new Publication(argument, $"{callee.ContainingType.Name}.{callee.Name}");
            }
            else if (obj.Kind == ObjectKind.Field && IsOwnMember(obj) && !(_publishedOwnMembers?.ContainsKey(obj.Symbol!) ?? false))
            {
                (_publishedOwnMembers ??= new(SymbolEqualityComparer.Default))[obj.Symbol!] = new Publication(argument, $"{callee.ContainingType.Name}.{callee.Name}");
            }
        }

        IOperation passed = argument.Value is IConversionOperation conversion ? conversion.Operand : argument.Value;
        if (run.Outer is null && passed is IParameterReferenceOperation { Parameter: var own } &&
            SymbolEqualityComparer.Default.Equals(own.ContainingSymbol, _method) && !_broadcasts.ContainsKey(own.Ordinal))
        {
            // The parameter itself goes on to a [Published] one: its callers' arguments are what workers share.
            _broadcasts[own.Ordinal] = (callee, published);
        }
    }

    public void HandedOff(FlowRun run, IOperation site, ObjectSet objects, Place place)
    {
        if (!place.LeavesCallerThread)
        {
            return;
        }

        // A tuple (or any object made here) carries the operands it holds along with it.
        foreach (AbstractObject obj in run.State.WithContents(objects))
        {
            if (OperandOf(obj) is int operand)
            {
                _handsOff[operand] = place;
            }
        }
    }

    public void VariableUse(FlowRun run, IOperation use, ISymbol variable, ObjectSet objects, FlowState state)
    {
        if (run.Place.LeavesCallerThread && run.IsCaptured(variable))
        {
            if (variable is IParameterSymbol own && SymbolEqualityComparer.Default.Equals(own.ContainingSymbol, _method) &&
                use.Parent is IInvocationOperation { TargetMethod: { IsStatic: false, MethodKind: MethodKind.Ordinary } called } invocation && invocation.Instance == use)
            {
                // `new Thread(() => observer.OnNext(1)).Start()`: what goes there is a call of OnNext on the caller's
                // object, which the caller may know the class of (judged by that method's body there).
                if (!(_callsElsewhere?.Exists(c => c.Operand == own.Ordinal && SymbolEqualityComparer.Default.Equals(c.Method, called)) ?? false))
                {
                    (_callsElsewhere ??= new()).Add((own.Ordinal, called, run.Place));
                }

                return;
            }

            HandedOff(run, use, objects, run.Place);
        }
        else if (state.OffLoop is { } offLoop && run.Outer is null && variable is IParameterSymbol parameter &&
                 SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _method))
        {
            // The method's own parameter used after its `await … ConfigureAwait(false)`: what the caller passes goes
            // off the caller's loop (`FillAsync(cache.ByHost, …)` writing the dictionary there).
            HandedOff(run, use, objects, new Place(PlaceKind.OffPool, $"{offLoop} in '{_method.Name}'"));
        }
    }

    public void FieldUpdate(FlowRun run, IOperation write, ISymbol field, string what, bool mutator)
    {
        if (field is IParameterSymbol { RefKind: RefKind.Ref } byRef && SymbolEqualityComparer.Default.Equals(byRef.ContainingSymbol, _method) &&
            !FlowRun.UnderLock(write))
        {
            _byRefUpdates[byRef.Ordinal] = $"{what} through 'ref {byRef.Name}' in {_method.ContainingType.Name}.{_method.Name}";
            return;
        }

        // A static counter bumped by a helper races when the helper is called from worker code; volatile fields are
        // judged where they are written (on any thread), thread-static ones never race.
        if (field.IsStatic && field is not IFieldSymbol { IsVolatile: true } && !(field is IFieldSymbol threadStatic && run.IsThreadStatic(threadStatic)) &&
            !run.Place.IsWorkerCode && !_reportsOwnStaticUpdates && !FlowRun.UnderLock(write))
        {
            _staticUpdates[field] = $"{what} in {_method.ContainingType.Name}.{_method.Name}";
        }
    }

    public void CapturedAssignment(FlowRun run, IOperation write, ISymbol variable)
    {
    }

    public void LoopMemberHandedOff(FlowRun run, IOperation site, IMethodSymbol member, Place place)
    {
        // Reported where the callee's own body is analysed; nothing the caller inherits.
    }

    public void LoopMemberRead(FlowRun run, IOperation read, ISymbol member, FlowState state)
    {
        // Only what the body reads on its caller's thread: not inside delegates it hands elsewhere.
        if (run.Outer is null || !run.Place.LeavesCallerThread && run.Place.Kind is not (PlaceKind.EveryWorker or PlaceKind.Factory))
        {
            _loopReads[member] = read;
        }
    }

    public void FieldRead(FlowRun run, IOperation read, ISymbol field, ObjectSet objects, FlowState state)
    {
        // The type's own fields the method reads: a caller running it off the loop reads them there. Not a read inside a
        // delegate the method hands to another thread or loop (`_home.Post(() => _cache…)`): that one runs there,
        // wherever the method is called from, and is judged where it is handed over.
        if (!run.Place.LeavesCallerThread)
        {
            _ownFieldReads.Add(field);
        }
    }

    /// <summary>The fields of its own instance or type the method reads.</summary>
    public IReadOnlyCollection<ISymbol> OwnFieldReads => _ownFieldReads;
}

using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
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
    private readonly HashSet<int> _writes = new();
    private readonly HashSet<int> _returns = new();
    private readonly Dictionary<int, Publication> _publishes = new();
    private readonly List<(int Operand, ISymbol Field)> _stores = new();
    private readonly Dictionary<int, Place> _handsOff = new();
    private readonly HashSet<AbstractObject> _returnedObjects = new();
    private readonly Dictionary<ISymbol, IOperation> _loopReads = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<int, ObjectSet> _byRefAssigned = new();
    private readonly Dictionary<ISymbol, string> _staticUpdates = new(SymbolEqualityComparer.Default);
    private readonly HashSet<AbstractObject> _staticWrites = new();
    private bool _returnsReceiverMemory;

    public MethodSummary(IMethodSymbol method)
    {
        _method = method;
    }

    public bool IsEmpty { get; private set; }

    /// <summary>Operands the method stores into a field or auto-property (of its receiver or a type).</summary>
    public IEnumerable<(int Operand, ISymbol Field)> Stores => _stores;

    public void Freeze() =>
        IsEmpty = _writes.Count == 0 && _returns.Count == 0 && _publishes.Count == 0 && _stores.Count == 0 && _handsOff.Count == 0 && _returnedObjects.Count == 0 && _loopReads.Count == 0 && _byRefAssigned.Count == 0 && _staticUpdates.Count == 0 && _staticWrites.Count == 0 && !_returnsReceiverMemory;

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

        foreach (var publication in _publishes)
        {
            caller.Publish(Operand(publication.Key), new Publication(call, publication.Value.Via));
        }

        foreach ((int operand, ISymbol field) in _stores)
        {
            caller.StoreFromCallee(call, field, Operand(operand));
        }

        foreach (var handOff in _handsOff)
        {
            IOperation site = call;
            foreach (IArgumentOperation argument in argumentOperations)
            {
                if (argument.Parameter?.Ordinal == handOff.Key)
                {
                    site = argument;
                }
            }

            caller.HandOff(site, Operand(handOff.Key), handOff.Value);
        }

        foreach (ISymbol member in _loopReads.Keys)
        {
            caller.LoopReadFromCallee(call, member);
        }

        foreach (var update in _staticUpdates)
        {
            caller.StaticUpdateFromCallee(call, update.Key, update.Value);
        }

        if (_staticWrites.Count > 0)
        {
            caller.WriteFromCallee(call, ObjectSet.From(_staticWrites));
        }

        foreach (var assigned in _byRefAssigned)
        {
            foreach (IArgumentOperation argument in argumentOperations)
            {
                if (argument.Parameter?.Ordinal == assigned.Key)
                {
                    caller.AssignByRefFromCallee(call, argument, Translate(assigned.Value, receiver, arguments));
                }
            }
        }

        return ResultOf(receiver, arguments);
    }

    /// <summary>What a call returns, given its operands (without applying its effects).</summary>
    public ObjectSet ResultOf(ObjectSet receiver, ObjectSet[] arguments)
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
            foreach (AbstractObject obj in receiver)
            {
                if (AbstractObject.ReachOf(obj) is { } reached)
                {
                    result.Add(reached);
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Objects of the callee's body as the caller sees them: its operands become the call's, the rest stays.</summary>
    private ObjectSet Translate(ObjectSet objects, ObjectSet receiver, ObjectSet[] arguments)
    {
        var result = new ObjectSet.Builder();
        foreach (AbstractObject obj in objects)
        {
            if (OperandOf(obj) is not int operand)
            {
                if (obj.Root.Kind is not (ObjectKind.Parameter or ObjectKind.This))
                {
                    result.Add(obj);
                }

                continue;
            }

            ObjectSet actual = operand < 0 ? receiver : operand < arguments.Length ? arguments[operand] : FlowState.NoObjects;
            foreach (AbstractObject held in actual)
            {
                if (obj.Kind != ObjectKind.Reach)
                {
                    result.Add(held);
                }
                else if (AbstractObject.ReachOf(held) is { } reached)
                {
                    result.Add(reached);
                }
            }
        }

        return result.ToImmutable();
    }

    public void ByRefParameterAssigned(FlowRun run, IOperation write, IParameterSymbol parameter, ObjectSet objects)
    {
        if (run.Outer is null && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _method))
        {
            _byRefAssigned[parameter.Ordinal] = _byRefAssigned.TryGetValue(parameter.Ordinal, out var earlier) ? earlier.Union(objects) : objects;
        }
    }

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
        (member switch { IFieldSymbol f => f.Type, IPropertySymbol p => p.Type, _ => null })?.ContainingNamespace?.ToDisplayString() is "System.Collections.Concurrent" or "System.Threading";

    /// <summary>The operand an object stands for, when it is (memory of) this method's parameter or receiver.</summary>
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

    public void Write(FlowRun run, IOperation write, string text, AbstractObject container, FlowState state)
    {
        if (OperandOf(container) is int operand)
        {
            _writes.Add(operand);
        }
        else if (IsOwnMember(container.Root) && !IsThreadSafeWrite(write, container.Root.Symbol!))
        {
            // A field of the receiver changed in place (its list cleared): the receiver's memory changes.
            _writes.Add(-1);
        }
        else if (container is { Kind: ObjectKind.Field, Symbol: IFieldSymbol { IsStatic: true } field } && !run.IsThreadStatic(field) &&
                 write is not IArgumentOperation && !FlowRun.UnderLock(write))
        {
            // A static collection changed by a helper: the caller's thread decides whether it races (WEFT0006).
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
            else if (obj.Root.Kind is ObjectKind.Snapshot or ObjectKind.Worker or ObjectKind.Field)
            {
                _returnedObjects.Add(obj);
                if (IsOwnMember(obj.Root))
                {
                    // What the receiver's field holds is the receiver's memory (an indexer handing out an inner list).
                    _returnsReceiverMemory = true;
                }
            }
        }
    }

    public void FieldStore(FlowRun run, IOperation store, ISymbol field, ObjectSet objects, FlowState state)
    {
        if (!field.IsStatic && _method.MethodKind != MethodKind.Constructor && !IsThreadSafeWrite(store, field))
        {
            // The receiver's own field assigned (a lazy cache, a counter): a write to the receiver.
            _writes.Add(-1);
        }

        foreach (AbstractObject obj in objects)
        {
            if (OperandOf(obj) is int operand)
            {
                _stores.Add((operand, field));
            }
        }
    }

    public void PublishedArgument(FlowRun run, IArgumentOperation argument, IMethodSymbol callee, ObjectSet objects)
    {
        foreach (AbstractObject obj in objects)
        {
            if (OperandOf(obj) is int operand && !_publishes.ContainsKey(operand))
            {
                _publishes[operand] = new Publication(argument, $"{callee.ContainingType.Name}.{callee.Name}");
            }
        }
    }

    public void HandedOff(FlowRun run, IOperation site, ObjectSet objects, Place place)
    {
        if (!place.LeavesCallerThread)
        {
            return;
        }

        foreach (AbstractObject obj in objects)
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
            HandedOff(run, use, objects, run.Place);
        }
    }

    public void FieldUpdate(FlowRun run, IOperation write, ISymbol field, string what, bool mutator)
    {
        // A static counter bumped by a helper races when the helper is called from worker code; volatile fields are
        // judged where they are written (on any thread), thread-static ones never race.
        if (field.IsStatic && field is not IFieldSymbol { IsVolatile: true } && !(field is IFieldSymbol threadStatic && run.IsThreadStatic(threadStatic)) &&
            !run.Place.IsWorkerCode && !FlowRun.UnderLock(write))
        {
            _staticUpdates[field] = $"{what} in {_method.ContainingType.Name}.{_method.Name}";
        }
    }

    public void CapturedAssignment(FlowRun run, IOperation write, ISymbol variable)
    {
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
    }
}

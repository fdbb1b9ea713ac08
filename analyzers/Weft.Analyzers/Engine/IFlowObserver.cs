using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers.Engine;

/// <summary>
/// What the engine tells the rules (or a method summary) once the fixpoint is reached: every event comes with the
/// converged state at that point and the run (function, place) it happened in.
/// </summary>
internal interface IFlowObserver
{
    /// <summary>Memory of <paramref name="container"/> is changed by <paramref name="write"/> (its text, for messages, is the observer's to take).</summary>
    void Write(FlowRun run, IOperation write, AbstractObject container, FlowState state);

    /// <summary>
    /// A read-modify-write (or in-place mutation, when <paramref name="mutator"/>) of a static or volatile field itself, or
    /// of a <c>ref</c> parameter (whatever variable the caller passed; a summary tells the caller).
    /// </summary>
    void FieldUpdate(FlowRun run, IOperation write, ISymbol field, string what, bool mutator);

    /// <summary>A captured variable assigned from inside a delegate body (the enclosing function's local or parameter).</summary>
    void CapturedAssignment(FlowRun run, IOperation write, ISymbol variable);

    /// <summary>A [RequiresLoopThread] member is read.</summary>
    void LoopMemberRead(FlowRun run, IOperation read, ISymbol member, FlowState state);

    /// <summary>A method group of a member that requires its loop thread was handed to run at <paramref name="place"/>.</summary>
    void LoopMemberHandedOff(FlowRun run, IOperation site, IMethodSymbol member, Place place);

    /// <summary>A variable is used: captured from an enclosing function, or after the thread may have changed.</summary>
    void VariableUse(FlowRun run, IOperation use, ISymbol variable, ObjectSet objects, FlowState state);

    /// <summary>A field (or auto-property) of this instance or of a type is read.</summary>
    void FieldRead(FlowRun run, IOperation read, ISymbol field, ObjectSet objects, FlowState state);

    /// <summary>A field (or auto-property) of this instance or of a type is assigned.</summary>
    void FieldStore(FlowRun run, IOperation store, ISymbol field, ObjectSet objects, FlowState state);

    /// <summary>
    /// An argument is passed to a [Published] parameter (after it was published): <paramref name="published"/> of
    /// <paramref name="callee"/>, which is the argument's own parameter, or one a source callee forwards it to.
    /// </summary>
    void PublishedArgument(FlowRun run, IArgumentOperation argument, IMethodSymbol callee, IParameterSymbol published, ObjectSet objects);

    /// <summary>Objects handed to code that runs at <paramref name="place"/> other than through captured variables (state arguments, method-group receivers).</summary>
    void HandedOff(FlowRun run, IOperation site, ObjectSet objects, Place place);

    /// <summary>A <c>ref</c> or <c>out</c> parameter of the body's own function is assigned: the caller's variable gets these objects.</summary>
    void ByRefParameterAssigned(FlowRun run, IOperation write, IParameterSymbol parameter, ObjectSet objects);

    /// <summary>The body returns these objects.</summary>
    void Returned(FlowRun run, IOperation value, ObjectSet objects);

    /// <summary>
    /// A delegate is invoked that is whatever an instance member of this instance or another one holds
    /// (<paramref name="member"/>'s <see cref="ObjectKind.Field"/> object): a summary's callers may know what that is.
    /// </summary>
    void MemberDelegateRun(FlowRun run, IOperation invocation, AbstractObject member);

    /// <summary>
    /// A lambda of the method, run off the caller's thread, calls a virtual member on the method's own <c>this</c>
    /// (<c>Task.Run(() => ExecuteAsync(ct))</c> in a base class): which body runs there is the caller's object's override.
    /// </summary>
    void OwnVirtualCallElsewhere(FlowRun run, IInvocationOperation invocation, IMethodSymbol method);
}

/// <summary>Observes nothing: for runs whose only product is their exit state (a local function's effect on its caller).</summary>
internal class SilentObserver : IFlowObserver
{
    public static readonly SilentObserver Instance = new();

    public virtual void Write(FlowRun run, IOperation write, AbstractObject container, FlowState state)
    {
    }

    public void FieldUpdate(FlowRun run, IOperation write, ISymbol field, string what, bool mutator)
    {
    }

    public void CapturedAssignment(FlowRun run, IOperation write, ISymbol variable)
    {
    }

    public void LoopMemberRead(FlowRun run, IOperation read, ISymbol member, FlowState state)
    {
    }

    public void LoopMemberHandedOff(FlowRun run, IOperation site, IMethodSymbol member, Place place)
    {
    }

    public void VariableUse(FlowRun run, IOperation use, ISymbol variable, ObjectSet objects, FlowState state)
    {
    }

    public void FieldRead(FlowRun run, IOperation read, ISymbol field, ObjectSet objects, FlowState state)
    {
    }

    public void FieldStore(FlowRun run, IOperation store, ISymbol field, ObjectSet objects, FlowState state)
    {
    }

    public void ByRefParameterAssigned(FlowRun run, IOperation write, IParameterSymbol parameter, ObjectSet objects)
    {
    }

    public void PublishedArgument(FlowRun run, IArgumentOperation argument, IMethodSymbol callee, IParameterSymbol published, ObjectSet objects)
    {
    }

    public void HandedOff(FlowRun run, IOperation site, ObjectSet objects, Place place)
    {
    }

    public void Returned(FlowRun run, IOperation value, ObjectSet objects)
    {
    }

    public void MemberDelegateRun(FlowRun run, IOperation invocation, AbstractObject member)
    {
    }

    public void OwnVirtualCallElsewhere(FlowRun run, IInvocationOperation invocation, IMethodSymbol method)
    {
    }
}

/// <summary>
/// Collects what a delegate a callee returned writes of the objects its closure holds, for the code that invokes it:
/// those writes happen at the invocation (<c>Action add = Appender(routes); … add();</c>).
/// </summary>
internal sealed class ClosureWrites : SilentObserver
{
    private readonly ObjectSet _closureObjects;

    public ClosureWrites(AbstractObject @delegate)
    {
        var objects = new ObjectSet.Builder();
        foreach (var variable in @delegate.Closure)
        {
            objects.UnionWith(variable.Value);
        }

        _closureObjects = objects.ToImmutable();
    }

    public ObjectSet Written { get; private set; } = ObjectSet.Empty;

    public override void Write(FlowRun run, IOperation write, AbstractObject container, FlowState state)
    {
        if (_closureObjects.Contains(container) || _closureObjects.Contains(container.Root))
        {
            Written = Written.Add(container);
        }
    }
}

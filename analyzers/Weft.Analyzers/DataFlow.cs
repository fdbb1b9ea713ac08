using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>A write into an object: the operation, the object written into, and how to say it.</summary>
internal readonly struct Mutation
{
    public Mutation(IOperation operation, IOperation written, string text)
    {
        Operation = operation;
        Written = written;
        Text = text;
    }

    public IOperation Operation { get; }

    /// <summary>The expression denoting the object whose memory changes.</summary>
    public IOperation Written { get; }

    public string Text { get; }
}

/// <summary>
/// Tracks, within one body, which expressions denote a given shared object (or memory reachable from it): the source
/// itself, locals assigned from it (aliases), members and elements reached from it, struct copies of such values (their
/// reference-typed members still point into it) and <c>with</c> copies (a new object sharing its members).
/// </summary>
internal sealed class SharedMemory
{
    private readonly Func<IOperation, bool> _isSource;
    private readonly HashSet<ISymbol> _sharedLocals = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _copyLocals = new(SymbolEqualityComparer.Default);

    public SharedMemory(IOperation body, Func<IOperation, bool> isSource, IEnumerable<ISymbol>? seeds = null)
    {
        _isSource = isSource;
        foreach (ISymbol seed in seeds ?? Array.Empty<ISymbol>())
        {
            _sharedLocals.Add(seed);
        }

        Propagate(body);
    }

    public bool Any => _sharedLocals.Count > 0 || _copyLocals.Count > 0;

    public IEnumerable<ISymbol> SharedLocals => _sharedLocals;

    public bool IsTaintedLocal(ISymbol local) => _sharedLocals.Contains(local) || _copyLocals.Contains(local);

    /// <summary>The expression's value is (a reference into) the shared object.</summary>
    public bool IsShared(IOperation? operation)
    {
        operation = DataFlow.Strip(operation);
        switch (operation)
        {
            case null:
                return false;
            case var _ when _isSource(operation):
                return true;
            case ILocalReferenceOperation local:
                return _sharedLocals.Contains(local.Local);
            case IParameterReferenceOperation parameter:
                return _sharedLocals.Contains(parameter.Parameter);
            case IFieldReferenceOperation field:
                return (field.Instance is null || field.Instance is IInstanceReferenceOperation) ? _sharedLocals.Contains(field.Field) : IsReachable(field.Instance);
            case IPropertyReferenceOperation property:
                return property.Instance is not null && IsReachable(property.Instance);
            case IArrayElementReferenceOperation element:
                return IsReachable(element.ArrayReference);
            case IInvocationOperation { TargetMethod.Name: "AsReadOnly" or "AsSpan" or "AsMemory" } view:
                return IsShared(view.Instance ?? view.Arguments.FirstOrDefault()?.Value);
            case IConditionalOperation conditional:
                return IsShared(conditional.WhenTrue) || IsShared(conditional.WhenFalse);
            case ICoalesceOperation coalesce:
                return IsShared(coalesce.Value) || IsShared(coalesce.WhenNull);
            default:
                return false;
        }
    }

    /// <summary>A <c>with</c> copy of the shared object (fresh, but its members are the shared ones).</summary>
    public bool IsCopy(IOperation? operation)
    {
        operation = DataFlow.Strip(operation);
        return operation switch
        {
            IWithOperation with => IsShared(with.Operand) || IsCopy(with.Operand),
            ILocalReferenceOperation local => _copyLocals.Contains(local.Local),
            _ => false,
        };
    }

    /// <summary>True when writing into <paramref name="written"/> changes memory the shared object reaches.</summary>
    public bool WritesShared(IOperation written)
    {
        written = DataFlow.Strip(written)!;
        if (written.Type is { IsReferenceType: true } || written.Type is null)
        {
            return IsShared(written);
        }

        // A value type: the write lands in shared memory only when the struct is stored inside the shared object.
        return written is IFieldReferenceOperation { Instance: { } instance } && WritesShared(instance);
    }

    private bool IsReachable(IOperation instance) => IsShared(instance) || IsCopy(instance) || IsStructCopy(instance);

    private bool IsStructCopy(IOperation instance) =>
        DataFlow.Strip(instance) is ILocalReferenceOperation local && local.Type is { IsValueType: true } && _sharedLocals.Contains(local.Local);

    private void Propagate(IOperation body)
    {
        var assignments = new List<(ISymbol Local, IOperation Value)>();
        foreach (IOperation operation in body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer.Value: { } value } declarator:
                    assignments.Add((declarator.Symbol, value));
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target, Value: var value }:
                    assignments.Add((target.Local, value));
                    break;
                case IDeclarationExpressionOperation { Expression: ILocalReferenceOperation local } declaration when IsSourceOut(declaration):
                    _sharedLocals.Add(local.Local);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Out, Value: ILocalReferenceOperation outLocal } argument when _isSource(argument):
                    _sharedLocals.Add(outLocal.Local);
                    break;
            }
        }

        bool changed = true;
        for (int round = 0; changed && round < 8; round++)
        {
            changed = false;
            foreach ((ISymbol local, IOperation value) in assignments)
            {
                if (IsShared(value) && _sharedLocals.Add(local))
                {
                    changed = true;
                }
                else if (IsCopy(value) && _copyLocals.Add(local))
                {
                    changed = true;
                }
            }
        }
    }

    private bool IsSourceOut(IDeclarationExpressionOperation declaration) =>
        declaration.Parent is IArgumentOperation argument && _isSource(argument);
}

internal static class DataFlow
{
    private static readonly ImmutableHashSet<string> Mutators = ImmutableHashSet.Create(
        "Add", "AddRange", "Insert", "InsertRange", "Remove", "RemoveAt", "RemoveAll", "RemoveRange", "RemoveWhere", "Clear",
        "Sort", "Reverse", "Push", "Pop", "Enqueue", "Dequeue", "TryAdd", "TryPop", "TryDequeue", "TryRemove", "UnionWith",
        "IntersectWith", "ExceptWith", "SymmetricExceptWith", "TrimExcess", "EnsureCapacity", "CopyTo", "Fill", "Set", "AddOrUpdate", "GetOrAdd");

    /// <summary>Names of the methods that change a collection in place.</summary>
    public static bool IsMutator(string methodName) => Mutators.Contains(methodName);

    public static IOperation? Strip(IOperation? operation)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation switch
            {
                IConversionOperation conversion => conversion.Operand,
                IParenthesizedOperation parenthesized => parenthesized.Operand,
                _ => operation,
            };
        }

        return operation;
    }

    /// <summary>Every write into an object's memory under <paramref name="root"/> (not into locals).</summary>
    public static IEnumerable<Mutation> Mutations(IOperation root, Immutability immutability)
    {
        foreach (IOperation operation in root.DescendantsAndSelf())
        {
            IOperation? target = operation switch
            {
                ISimpleAssignmentOperation { IsRef: false } a => a.Target,
                ICompoundAssignmentOperation a => a.Target,
                ICoalesceAssignmentOperation a => a.Target,
                IIncrementOrDecrementOperation a => a.Target,
                _ => null,
            };

            if (target is not null)
            {
                switch (Strip(target))
                {
                    case IFieldReferenceOperation { Instance: { } instance } field when instance is not IInstanceReferenceOperation:
                        yield return new Mutation(operation, instance, field.Syntax.ToString());
                        break;
                    case IPropertyReferenceOperation { Instance: { } instance } property when instance is not IInstanceReferenceOperation:
                        yield return new Mutation(operation, instance, property.Syntax.ToString());
                        break;
                    case IArrayElementReferenceOperation element:
                        yield return new Mutation(operation, element.ArrayReference, element.Syntax.ToString());
                        break;
                }

                continue;
            }

            if (operation is IInvocationOperation { Instance: { } receiver } invocation &&
                Mutators.Contains(invocation.TargetMethod.Name) &&
                receiver.Type is { } receiverType &&
                receiverType.ContainingNamespace?.ToDisplayString() != "System.Collections.Concurrent" &&
                !immutability.IsImmutable(receiverType))
            {
                yield return new Mutation(operation, receiver, invocation.Syntax.ToString());
            }
        }
    }

    /// <summary>The symbol a plain reference names: a local, parameter or field (of this or static).</summary>
    public static ISymbol? ReferencedSymbol(IOperation? operation) => Strip(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
        _ => null,
    };
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

internal enum ContextKind
{
    /// <summary>Nothing known: rules that depend on the thread stay quiet.</summary>
    Unknown,

    /// <summary>Runs on a pool worker (or on every pool thread): posted callbacks, [WorkerUpdate] methods, per-worker members.</summary>
    Worker,

    /// <summary>Runs off the pool: Task.Run, ThreadPool, Parallel, new Thread, Timer, after ConfigureAwait(false).</summary>
    OtherThread,
}

/// <summary>Where a piece of code runs, decided per function: a lambda is its own context, judged by what receives it.</summary>
internal readonly struct ThreadContext
{
    public ThreadContext(ContextKind kind, string description, IOperation? postedTo = null)
    {
        Kind = kind;
        Description = description;
        PostedTo = postedTo;
    }

    public ContextKind Kind { get; }

    /// <summary>"a Task.Run callback", "code after ConfigureAwait(false)", …</summary>
    public string Description { get; }

    /// <summary>For a callback posted to a dispatcher: the dispatcher expression.</summary>
    public IOperation? PostedTo { get; }

    public static ThreadContext Unknown => new(ContextKind.Unknown, "this code");

    public static ThreadContext Of(IOperation operation, WeftSymbols symbols)
    {
        if (IsAfterConfigureAwaitFalse(operation.Syntax))
        {
            return new ThreadContext(ContextKind.OtherThread, "code after ConfigureAwait(false)");
        }

        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda)
            {
                return OfLambda(lambda, symbols);
            }

            if (current is ILocalFunctionOperation)
            {
                return Unknown;
            }
        }

        return OfMember(operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart), symbols);
    }

    public static ThreadContext OfLambda(IAnonymousFunctionOperation lambda, WeftSymbols symbols)
    {
        IOperation? parent = lambda.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation)
        {
            parent = parent.Parent;
        }

        if (parent is not IArgumentOperation argument)
        {
            return Unknown;
        }

        switch (argument.Parent)
        {
            case IInvocationOperation invocation:
                return OfCallee(invocation.TargetMethod, invocation.Instance, symbols);
            case IObjectCreationOperation creation when Is(creation.Type, symbols.Thread):
                return new ThreadContext(ContextKind.OtherThread, "the body of a new Thread");
            case IObjectCreationOperation creation when Is(creation.Type, symbols.Timer):
                return new ThreadContext(ContextKind.OtherThread, "a Timer callback");
            default:
                return Unknown;
        }
    }

    private static ThreadContext OfCallee(IMethodSymbol method, IOperation? instance, WeftSymbols symbols)
    {
        INamedTypeSymbol type = method.ContainingType;
        if (Is(type, symbols.Task) && method.Name == "Run")
        {
            return new ThreadContext(ContextKind.OtherThread, "a Task.Run callback");
        }

        if (Is(type, symbols.TaskFactory) && method.Name == "StartNew")
        {
            return new ThreadContext(ContextKind.OtherThread, "a Task.Factory.StartNew callback");
        }

        if (Is(type, symbols.ThreadPool))
        {
            return new ThreadContext(ContextKind.OtherThread, "a ThreadPool callback");
        }

        if (Is(type, symbols.Parallel))
        {
            return new ThreadContext(ContextKind.OtherThread, "a Parallel." + method.Name + " body");
        }

        if (symbols.IsDispatcher(type) && method.Name is "Post" or "TryPost")
        {
            return new ThreadContext(ContextKind.Worker, "a callback posted to a dispatcher", instance);
        }

        if (symbols.IsSlot(type) || symbols.IsGeneratedSlotMember(method))
        {
            return new ThreadContext(ContextKind.Worker, "a callback run on every pool thread");
        }

        return Unknown;
    }

    private static ThreadContext OfMember(ISymbol? member, WeftSymbols symbols)
    {
        if (member is IMethodSymbol method)
        {
            if (symbols.HasWorkerUpdate(method))
            {
                return new ThreadContext(ContextKind.Worker, $"the [WorkerUpdate] method '{method.Name}'");
            }

            if (!method.IsStatic && symbols.IsPerWorkerSlot(method.ContainingType) && method.MethodKind is not MethodKind.Constructor)
            {
                return new ThreadContext(ContextKind.Worker, $"'{method.ContainingType.Name}.{method.Name}' (per-worker state)");
            }
        }

        return Unknown;
    }

    /// <summary>True when an <c>await ….ConfigureAwait(false)</c> precedes <paramref name="node"/> in the same function.</summary>
    /// <param name="node">The code in question.</param>
    /// <param name="cache">Per-function answers, when one caller asks about many nodes of the same body.</param>
    public static bool IsAfterConfigureAwaitFalse(SyntaxNode node, Dictionary<SyntaxNode, int>? cache = null)
    {
        SyntaxNode? function = EnclosingFunction(node);
        if (function is null)
        {
            return false;
        }

        if (cache is null || !cache.TryGetValue(function, out int firstHop))
        {
            firstHop = FirstConfigureAwaitFalseEnd(function);
            if (cache is not null)
            {
                cache[function] = firstHop;
            }
        }

        return firstHop <= node.SpanStart;
    }

    /// <summary>Where the function's first <c>await ….ConfigureAwait(false)</c> ends, or <see cref="int.MaxValue"/>.</summary>
    private static int FirstConfigureAwaitFalseEnd(SyntaxNode function)
    {
        int first = int.MaxValue;
        foreach (AwaitExpressionSyntax await in function.DescendantNodes(n => n == function || !IsFunction(n)).OfType<AwaitExpressionSyntax>())
        {
            if (await.Span.End < first && IsConfigureAwaitFalse(await.Expression))
            {
                first = await.Span.End;
            }
        }

        return first;
    }

    private static bool IsConfigureAwaitFalse(ExpressionSyntax expression) =>
        expression is InvocationExpressionSyntax
        {
            Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "ConfigureAwait" },
            ArgumentList.Arguments: { Count: 1 } arguments,
        } && arguments[0].Expression.IsKind(SyntaxKind.FalseLiteralExpression);

    private static SyntaxNode? EnclosingFunction(SyntaxNode node) => node.AncestorsAndSelf().FirstOrDefault(IsFunction);

    private static bool IsFunction(SyntaxNode node) =>
        node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax;

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);
}

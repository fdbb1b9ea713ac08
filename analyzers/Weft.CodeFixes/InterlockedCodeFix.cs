using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Analyzers;

namespace Weft.CodeFixes;

/// <summary>WEFT0006: <c>s_n++</c> → <c>Interlocked.Increment(ref s_n)</c>, <c>s_n += x</c> → <c>Interlocked.Add(ref s_n, x)</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InterlockedCodeFix)), Shared]
public sealed class InterlockedCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.NonAtomicStaticWriteId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            ExpressionSyntax? replacement = Rewrite(node, model, context.CancellationToken);
            if (replacement is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Use Interlocked", c => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(node, replacement.WithTriviaFrom(node)))), nameof(InterlockedCodeFix)),
                    diagnostic);
            }
        }
    }

    private static ExpressionSyntax? Rewrite(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        (string Method, ExpressionSyntax Target, ExpressionSyntax? Amount)? call = node switch
        {
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression } p => ("Increment", p.Operand, null),
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostDecrementExpression } p => ("Decrement", p.Operand, null),
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression } p => ("Increment", p.Operand, null),
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreDecrementExpression } p => ("Decrement", p.Operand, null),
            AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression } a => ("Add", a.Left, a.Right),
            AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SubtractAssignmentExpression } a => ("Add", a.Left, SyntaxFactory.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, SyntaxFactory.ParenthesizedExpression(a.Right))),
            _ => null,
        };
        if (call is null || model.GetTypeInfo(call.Value.Target, cancellationToken).Type?.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64))
        {
            return null;
        }

        // A postfix increment's value is the old one; Interlocked returns the new one. Only rewrite where the value is unused.
        if (node is PostfixUnaryExpressionSyntax && node.Parent is not ExpressionStatementSyntax)
        {
            return null;
        }

        ArgumentSyntax target = SyntaxFactory.Argument(call.Value.Target.WithoutTrivia()).WithRefKindKeyword(SyntaxFactory.Token(SyntaxKind.RefKeyword));
        var arguments = call.Value.Amount is null
            ? SyntaxFactory.SeparatedList(new[] { target })
            : SyntaxFactory.SeparatedList(new[] { target, SyntaxFactory.Argument(call.Value.Amount.WithoutTrivia()) });
        return SyntaxFactory.InvocationExpression(
            SyntaxFactory.ParseExpression("global::System.Threading.Interlocked." + call.Value.Method).WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation),
            SyntaxFactory.ArgumentList(arguments));
    }
}

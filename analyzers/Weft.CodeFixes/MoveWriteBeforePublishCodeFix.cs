using System.Collections.Generic;
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

/// <summary>
/// WEFT0002: moves a write that follows a publish to just before it, where that is mechanical: both statements in the
/// same block (or both top-level statements), the write a plain expression statement with no <c>await</c>, using
/// nothing declared in between.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveWriteBeforePublishCodeFix)), Shared]
public sealed class MoveWriteBeforePublishCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.WriteAfterPublishId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(static async (context, document, diagnostics) =>
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var moves = diagnostics.Select(d => Plan(root, d)).Where(m => m is not null).Select(m => m!.Value).ToList();
        return moves.Count == 0 ? document : document.WithSyntaxRoot(Apply(root, moves));
    });

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (Plan(root, diagnostic) is { } move)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Move the write before the publish", _ => Task.FromResult(context.Document.WithSyntaxRoot(Apply(root, [move]))), nameof(MoveWriteBeforePublishCodeFix)),
                    diagnostic);
            }
        }
    }

    private static (SyntaxNode Write, SyntaxNode Publish)? Plan(SyntaxNode root, Diagnostic diagnostic)
    {
        if (diagnostic.AdditionalLocations.Count == 0)
        {
            return null;
        }

        if (root.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault() is not ExpressionStatementSyntax write ||
            root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan).AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault() is not { } publish ||
            write.DescendantNodes().OfType<AwaitExpressionSyntax>().Any())
        {
            return null;
        }

        // In a block the statements themselves move; in top-level statements each sits in a GlobalStatementSyntax
        // member of the compilation unit, and those move.
        List<SyntaxNode> siblings;
        SyntaxNode writeNode;
        SyntaxNode publishNode;
        if (write.Parent is BlockSyntax block && publish.Parent == block)
        {
            siblings = [.. block.Statements];
            (writeNode, publishNode) = (write, publish);
        }
        else if (write.Parent is GlobalStatementSyntax { Parent: CompilationUnitSyntax unit } globalWrite &&
                 publish.Parent is GlobalStatementSyntax { Parent: { } publishUnit } globalPublish && publishUnit == unit)
        {
            siblings = [.. unit.Members];
            (writeNode, publishNode) = (globalWrite, globalPublish);
        }
        else
        {
            return null;
        }

        int from = siblings.IndexOf(publishNode);
        int to = siblings.IndexOf(writeNode);
        if (from < 0 || to <= from)
        {
            return null;
        }

        // Anything the write uses must already exist before the publish.
        var declaredBetween = new HashSet<string>(siblings.Skip(from).Take(to - from).SelectMany(DeclaredNames));
        bool usesLater = write.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => declaredBetween.Contains(i.Identifier.ValueText));
        return usesLater ? null : (writeNode, publishNode);
    }

    private static IEnumerable<string> DeclaredNames(SyntaxNode statement) =>
        statement.DescendantNodesAndSelf().Select(n => n switch
        {
            VariableDeclaratorSyntax v => v.Identifier.ValueText,
            SingleVariableDesignationSyntax d => d.Identifier.ValueText,
            _ => null,
        }).Where(n => n is not null)!;

    private static SyntaxNode Apply(SyntaxNode root, List<(SyntaxNode Write, SyntaxNode Publish)> moves)
    {
        // Track every node involved, then move the writes one by one, keeping their order in front of the publish.
        SyntaxNode tracked = root.TrackNodes(moves.SelectMany(m => new SyntaxNode[] { m.Write, m.Publish }));
        foreach (var (write, publish) in moves.OrderBy(m => m.Write.SpanStart))
        {
            SyntaxNode? currentWrite = tracked.GetCurrentNode(write);
            if (currentWrite is null)
            {
                continue;
            }

            SyntaxNode anchor = tracked.GetCurrentNode(publish)!;
            SyntaxNode moved = currentWrite.WithLeadingTrivia(anchor.GetLeadingTrivia()).WithTrailingTrivia(anchor.GetTrailingTrivia());
            tracked = tracked.RemoveNode(currentWrite, SyntaxRemoveOptions.KeepNoTrivia)!;
            tracked = tracked.InsertNodesBefore(tracked.GetCurrentNode(publish)!, [moved]);
        }

        return tracked;
    }
}

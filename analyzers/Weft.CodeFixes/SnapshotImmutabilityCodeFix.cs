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
/// WEFT0001: <c>set</c> → <c>init</c>; a mutable collection type (<c>List&lt;T&gt;</c>, <c>T[]</c>,
/// <c>IReadOnlyList&lt;T&gt;</c>, <c>Dictionary&lt;K,V&gt;</c>, <c>HashSet&lt;T&gt;</c>…) → its
/// <c>System.Collections.Immutable</c> counterpart, where the member has no initializer to rewrite.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SnapshotImmutabilityCodeFix)), Shared]
public sealed class SnapshotImmutabilityCodeFix : CodeFixProvider
{
    private const string SetterKey = "WEFT0001.init";
    private const string CollectionKey = "WEFT0001.immutable";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.SnapshotNotImmutableId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
            diagnostic.Properties.TryGetValue(Descriptors.MutabilityKind, out string? kind);
            SyntaxNode? node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            if (kind == "setter" && node?.AncestorsAndSelf().OfType<PropertyDeclarationSyntax>().FirstOrDefault() is { } property &&
                property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.SetAccessorDeclaration)) is { } setter)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Make '{property.Identifier.Text}' init-only", c => ReplaceSetterAsync(context.Document, setter, c), SetterKey),
                    diagnostic);
            }
            else if (kind == "type" && node is not null && MemberType(node) is { } typeSyntax && ImmutableCounterpart(typeSyntax) is { } replacement && !HasInitializer(node))
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Use {replacement}", c => ReplaceTypeAsync(context.Document, typeSyntax, replacement, c), CollectionKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> ReplaceSetterAsync(Document document, AccessorDeclarationSyntax setter, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        AccessorDeclarationSyntax init = SyntaxFactory.AccessorDeclaration(SyntaxKind.InitAccessorDeclaration)
            .WithModifiers(setter.Modifiers)
            .WithAttributeLists(setter.AttributeLists)
            .WithBody(setter.Body)
            .WithExpressionBody(setter.ExpressionBody)
            .WithSemicolonToken(setter.SemicolonToken)
            .WithTriviaFrom(setter);
        return document.WithSyntaxRoot(root.ReplaceNode(setter, init));
    }

    private static async Task<Document> ReplaceTypeAsync(Document document, TypeSyntax type, string replacement, CancellationToken cancellationToken)
    {
        var root = (CompilationUnitSyntax)(await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        TypeSyntax updated = SyntaxFactory.ParseTypeName(replacement).WithTriviaFrom(type);
        root = root.ReplaceNode(type, updated);
        if (!root.Usings.Any(u => u.Name?.ToString() == "System.Collections.Immutable"))
        {
            root = root.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("System.Collections.Immutable")).WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed));
        }

        return document.WithSyntaxRoot(root);
    }

    private static TypeSyntax? MemberType(SyntaxNode node) => node.AncestorsAndSelf().FirstOrDefault(n => n is PropertyDeclarationSyntax or VariableDeclaratorSyntax or ParameterSyntax) switch
    {
        PropertyDeclarationSyntax property => property.Type,
        VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } => declaration.Type,
        ParameterSyntax parameter => parameter.Type,
        _ => null,
    };

    private static bool HasInitializer(SyntaxNode node) => node.AncestorsAndSelf().FirstOrDefault(n => n is PropertyDeclarationSyntax or VariableDeclaratorSyntax or ParameterSyntax) switch
    {
        PropertyDeclarationSyntax property => property.Initializer is not null,
        VariableDeclaratorSyntax declarator => declarator.Initializer is not null,
        ParameterSyntax parameter => parameter.Default is not null,
        _ => true,
    };

    /// <summary>The mechanical replacement, or null when there is none.</summary>
    internal static string? ImmutableCounterpart(TypeSyntax type)
    {
        string nullable = string.Empty;
        if (type is NullableTypeSyntax n)
        {
            type = n.ElementType;
            nullable = "?";
        }

        if (type is ArrayTypeSyntax { RankSpecifiers.Count: 1 } array && array.RankSpecifiers[0].Rank == 1)
        {
            return $"ImmutableArray<{array.ElementType}>" + nullable;
        }

        if (type is not GenericNameSyntax generic)
        {
            return null;
        }

        string args = generic.TypeArgumentList.Arguments.ToString();
        return generic.Identifier.Text switch
        {
            "List" or "IList" or "IReadOnlyList" or "ICollection" or "IReadOnlyCollection" or "IEnumerable" or "Collection" or "ReadOnlyCollection" => $"ImmutableArray<{args}>" + nullable,
            "Dictionary" or "IDictionary" or "IReadOnlyDictionary" or "ReadOnlyDictionary" => $"ImmutableDictionary<{args}>" + nullable,
            "HashSet" or "ISet" or "IReadOnlySet" => $"ImmutableHashSet<{args}>" + nullable,
            "SortedSet" => $"ImmutableSortedSet<{args}>" + nullable,
            "SortedDictionary" => $"ImmutableSortedDictionary<{args}>" + nullable,
            "Queue" => $"ImmutableQueue<{args}>" + nullable,
            "Stack" => $"ImmutableStack<{args}>" + nullable,
            _ => null,
        };
    }
}

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
    private const string EquivalenceKey = "WEFT0001.immutable";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.SnapshotNotImmutableId);

    /// <summary>
    /// Every member of a document in one rewrite: a property that has a setter and a mutable collection type gets both
    /// fixes, and the <c>using</c> is added once, so FixAll reaches the final code in one pass.
    /// </summary>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        static async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

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
            if (Plan(root, diagnostic) is not { } plan)
            {
                continue;
            }

            string title = (plan.Setter, plan.Replacement) switch
            {
                ({ }, { } replacement) => $"Make '{plan.Name}' init-only and use {replacement}",
                ({ }, null) => $"Make '{plan.Name}' init-only",
                _ => $"Use {plan.Replacement}",
            };
            context.RegisterCodeFix(
                CodeAction.Create(title, c => FixAsync(context.Document, ImmutableArray.Create(diagnostic), c), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>What to change for one diagnostic: the setter to make init-only, the type to replace, or null for nothing.</summary>
    private sealed record MemberFix(string Name, AccessorDeclarationSyntax? Setter, TypeSyntax? Type, string? Replacement);

    private static MemberFix? Plan(SyntaxNode root, Diagnostic diagnostic)
    {
        diagnostic.Properties.TryGetValue(Descriptors.MutabilityKind, out string? kinds);
        string[] kind = (kinds ?? string.Empty).Split(SnapshotImmutabilityAnalyzer.KindSeparator);
        SyntaxNode? node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
        if (node is null)
        {
            return null;
        }

        AccessorDeclarationSyntax? setter = null;
        string name = node is PropertyDeclarationSyntax p ? p.Identifier.Text : node.ToString();
        if (kind.Contains(SnapshotImmutabilityAnalyzer.Setter) && node.AncestorsAndSelf().OfType<PropertyDeclarationSyntax>().FirstOrDefault() is { } property)
        {
            name = property.Identifier.Text;
            setter = property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.SetAccessorDeclaration));
        }

        TypeSyntax? type = null;
        string? replacement = null;
        if (kind.Contains(SnapshotImmutabilityAnalyzer.MutableType) && MemberType(node) is { } typeSyntax && ImmutableCounterpart(typeSyntax) is { } counterpart && !HasInitializer(node))
        {
            type = typeSyntax;
            replacement = counterpart;
        }

        return setter is null && type is null ? null : new MemberFix(name, setter, type, replacement);
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = (CompilationUnitSyntax)(await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var setters = new System.Collections.Generic.HashSet<SyntaxNode>();
        var types = new System.Collections.Generic.Dictionary<SyntaxNode, string>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (Plan(root, diagnostic) is { } plan)
            {
                if (plan.Setter is not null)
                {
                    setters.Add(plan.Setter);
                }

                if (plan.Type is not null)
                {
                    types[plan.Type] = plan.Replacement!;
                }
            }
        }

        if (setters.Count == 0 && types.Count == 0)
        {
            return document;
        }

        // A setter and a type are never nested in each other, so one pass replaces both kinds.
        root = root.ReplaceNodes(
            setters.Concat(types.Keys),
            (original, _) => original is AccessorDeclarationSyntax setter ? InitFrom(setter) : SyntaxFactory.ParseTypeName(types[original]).WithTriviaFrom(original));
        if (types.Count > 0 && !root.Usings.Any(u => u.Name?.ToString() == "System.Collections.Immutable"))
        {
            root = root.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("System.Collections.Immutable")).WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed));
        }

        return document.WithSyntaxRoot(root);
    }

    private static AccessorDeclarationSyntax InitFrom(AccessorDeclarationSyntax setter) =>
        SyntaxFactory.AccessorDeclaration(SyntaxKind.InitAccessorDeclaration)
            .WithModifiers(setter.Modifiers)
            .WithAttributeLists(setter.AttributeLists)
            .WithBody(setter.Body)
            .WithExpressionBody(setter.ExpressionBody)
            .WithSemicolonToken(setter.SemicolonToken)
            .WithTriviaFrom(setter);

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

// Linked into the source generator and the analyzers (not the runtime: it knows nothing of Roslyn). The one place
// that says which members the generator emits and which shapes it can serve, so the generator and the analyzers
// cannot disagree: the generator emits exactly for the shapes these checks accept, and the analyzers report exactly
// the shapes they reject.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft;

/// <summary>Why the generator cannot serve a <c>[ThreadLocalSlot]</c> type (one analyzer rule each).</summary>
internal enum SlotTypeProblem
{
    /// <summary>Not a class (struct, record struct, interface…): the compiler's CS0592, since the attribute is valid on classes only.</summary>
    NotAClass,

    /// <summary>Static: WEFT0102.</summary>
    Static,

    /// <summary>Generic, itself or through a containing type: WEFT0103.</summary>
    Generic,

    /// <summary>Abstract: WEFT0104.</summary>
    Abstract,

    /// <summary>File-local (<c>file</c>), itself or through a containing type: WEFT0110.</summary>
    FileLocal,

    /// <summary>Not declared partial: WEFT0100.</summary>
    NotPartial,

    /// <summary>A containing type is not partial: WEFT0105 (reported on the container).</summary>
    ContainingTypeNotPartial,
}

/// <summary>Generated member names and the "can the generator serve this shape" checks.</summary>
internal static class GeneratedContract
{
    public const string Current = nameof(Current);
    public const string TryGetCurrent = nameof(TryGetCurrent);
    public const string PublishAsync = nameof(PublishAsync);
    public const string Publish = nameof(Publish);
    public const string Initialize = nameof(Initialize);
    public const string InitializeAsync = nameof(InitializeAsync);
    public const string UpdateAllAsync = nameof(UpdateAllAsync);
    public const string UpdateAll = nameof(UpdateAll);

    /// <summary>The tool name in the <c>[GeneratedCode]</c> attribute on every generated member.</summary>
    public const string GeneratorName = "Weft.Generators";

    /// <summary>How every generated file's name ends.</summary>
    public const string HintNameSuffix = ".Weft.g.cs";

    private static readonly string[] SnapshotMembers = [Current, TryGetCurrent, PublishAsync, Publish];
    private static readonly string[] PerWorkerMembers = [Current, TryGetCurrent, Initialize, InitializeAsync, UpdateAllAsync, UpdateAll];

    /// <summary>The Task form posting a <c>[WorkerUpdate]</c> method, from the method's name as declared (<c>@event</c> or <c>event</c>).</summary>
    public static string UpdateOnAllWorkersAsync(string methodName) => Unescaped(methodName) + "OnAllWorkersAsync";

    /// <summary>The callback form posting a <c>[WorkerUpdate]</c> method.</summary>
    public static string UpdateOnAllWorkers(string methodName) => Unescaped(methodName) + "OnAllWorkers";

    /// <summary>
    /// Every member name the generator emits for a type of this mode with these servable <c>[WorkerUpdate]</c>
    /// methods (names as declared), before any clash with the user's own members.
    /// </summary>
    public static IEnumerable<string> MemberNames(bool perWorker, IEnumerable<string> servableUpdateNames)
    {
        IEnumerable<string> fixedNames = perWorker ? PerWorkerMembers : SnapshotMembers;
        return perWorker
            ? fixedNames.Concat(servableUpdateNames.SelectMany(name => new[] { UpdateOnAllWorkersAsync(name), UpdateOnAllWorkers(name) })).Distinct(StringComparer.Ordinal)
            : fixedNames;
    }

    /// <summary>
    /// Generated names the generator leaves out because the user declared a member (or the type) of that name. Both
    /// the generator (which skips them) and WEFT0109 (which reports them) use this one answer.
    /// </summary>
    public static IEnumerable<string> TakenMemberNames(IEnumerable<string> userMemberNames, string typeName, bool perWorker, IEnumerable<string> servableUpdateNames)
    {
        var userNames = new HashSet<string>(userMemberNames, StringComparer.Ordinal) { typeName };
        return MemberNames(perWorker, servableUpdateNames)
            .Where(userNames.Contains)
            .OrderBy(n => n, StringComparer.Ordinal);
    }

    /// <summary>
    /// Names the user declared in the type, for the generator (which never sees its own output): members from the
    /// declarations alone (no member symbols are built for a snapshot type) and nested types, which
    /// <see cref="INamedTypeSymbol.MemberNames"/> leaves out (a nested <c>class Current</c> takes the name too).
    /// </summary>
    public static IEnumerable<string> DeclaredMemberNames(INamedTypeSymbol type) =>
        type.MemberNames.Concat(type.GetTypeMembers().Select(t => t.Name));

    /// <summary>Names of members the user wrote (not the generator's output, which the analyzers also see).</summary>
    public static IEnumerable<string> UserMemberNames(INamedTypeSymbol type) =>
        type.GetMembers().Where(IsUserMember).Select(m => m.Name);

    /// <summary>A member written in the user's source, not implicitly declared and not in a generated Weft file.</summary>
    public static bool IsUserMember(ISymbol member) =>
        !member.IsImplicitlyDeclared &&
        member.Locations.Any(l => l.IsInSource) &&
        !member.Locations.All(l => l.SourceTree?.FilePath.EndsWith(HintNameSuffix, StringComparison.Ordinal) == true);

    /// <summary>The type's <c>[WorkerUpdate]</c> methods the generator serves (in declaration order).</summary>
    public static IEnumerable<IMethodSymbol> ServableUpdates(INamedTypeSymbol type, Func<IMethodSymbol, bool> isWorkerUpdate) =>
        type.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary && isWorkerUpdate(m) && IsServableUpdate(m));

    /// <summary>Every reason the generator cannot serve <paramref name="type"/>; empty when it can.</summary>
    public static List<SlotTypeProblem> TypeProblems(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var problems = new List<SlotTypeProblem>();
        if (type.TypeKind != TypeKind.Class)
        {
            problems.Add(SlotTypeProblem.NotAClass);
        }

        if (type.IsStatic)
        {
            problems.Add(SlotTypeProblem.Static);
        }
        else if (type.IsAbstract && type.TypeKind == TypeKind.Class)
        {
            problems.Add(SlotTypeProblem.Abstract);
        }

        // IsGenericType is also true when only a containing type has type parameters.
        if (type.IsGenericType)
        {
            problems.Add(SlotTypeProblem.Generic);
        }

        if (!IsPartial(type, cancellationToken))
        {
            problems.Add(SlotTypeProblem.NotPartial);
        }

        // A file-local type's parts must all be in one file, and the generated part is a file of its own.
        for (INamedTypeSymbol? scope = type; scope is not null; scope = scope.ContainingType)
        {
            if (scope.IsFileLocal)
            {
                problems.Add(SlotTypeProblem.FileLocal);
                break;
            }
        }

        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsPartial(outer, cancellationToken))
            {
                problems.Add(SlotTypeProblem.ContainingTypeNotPartial);
                break;
            }
        }

        return problems;
    }

    /// <summary>Every declaration carries <c>partial</c> (the compiler rejects a mix, CS0260).</summary>
    public static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.DeclaringSyntaxReferences.Length > 0 &&
        type.DeclaringSyntaxReferences.All(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword));

    /// <summary>Void, non-generic, instance, with parameters that can travel in a broadcast's state.</summary>
    public static bool IsServableUpdate(IMethodSymbol method) => method.ReturnsVoid && WhyUpdateCannotBroadcast(method) is null;

    /// <summary>
    /// Why a <c>[WorkerUpdate]</c> method cannot be broadcast (other than its return type, WEFT0107), or null. The
    /// arguments are copied into one state value and handed to N workers: no ref/out, ref structs, pointers, or types
    /// that do not resolve.
    /// </summary>
    public static string? WhyUpdateCannotBroadcast(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary)
        {
            return method.MethodKind == MethodKind.ExplicitInterfaceImplementation
                ? "it is an explicit interface implementation (a posting method calls an update by its own name on each worker's instance)"
                : "it is not an ordinary method (a posting method calls an update by its own name on each worker's instance)";
        }

        if (method.IsStatic)
        {
            return "it is static (it must run on each worker's own instance)";
        }

        if (method.IsGenericMethod)
        {
            return "it is generic (its arguments travel as one typed state value)";
        }

        foreach (IParameterSymbol parameter in method.Parameters)
        {
            string? reason = parameter switch
            {
                { RefKind: RefKind.Ref or RefKind.Out } => $"parameter '{parameter.Name}' is {parameter.RefKind.ToString().ToLowerInvariant()} (N workers cannot write one caller's variable)",
                { RefKind: RefKind.RefReadOnlyParameter } => $"parameter '{parameter.Name}' is ref readonly (N workers on other threads cannot hold a reference to one caller's variable; use in or a value)",
                { Type.IsRefLikeType: true } => $"parameter '{parameter.Name}' is a ref struct ('{parameter.Type.Name}' cannot be queued to another thread)",
                { Type.TypeKind: TypeKind.Pointer or TypeKind.FunctionPointer } => $"parameter '{parameter.Name}' is a pointer",
                { Type.TypeKind: TypeKind.Error } => $"parameter '{parameter.Name}' has a type that does not resolve",
                _ when ContainsTypeParameter(parameter.Type) => $"parameter '{parameter.Name}' uses a type parameter",
                _ => null,
            };
            if (reason is not null)
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>An identifier as C# source must spell it: reserved keywords get <c>@</c>.</summary>
    public static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    private static string Unescaped(string name) => name.Length > 0 && name[0] == '@' ? name.Substring(1) : name;

    private static bool ContainsTypeParameter(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true,
        IArrayTypeSymbol array => ContainsTypeParameter(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsTypeParameter),
        _ => false,
    };
}

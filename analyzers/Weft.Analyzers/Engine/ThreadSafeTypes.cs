using Microsoft.CodeAnalysis;

namespace Weft.Analyzers.Engine;

/// <summary>
/// Library types made to be used from any thread at once: the concurrent collections, the synchronization and
/// channel types, and <c>HttpClient</c> (its send methods are documented thread-safe); a <c>Lazy&lt;T&gt;</c> is as safe as
/// the value it holds. Holding one is no worker state
/// and changing one from several threads is no race.
/// </summary>
internal static class ThreadSafeTypes
{
    // Asked on every use of a variable off its thread: the namespace is matched name by name, never rendered.
    public static bool Contains(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Lazy", Arity: 1, ContainingNamespace.Name: "System" } lazy ? Contains(lazy.TypeArguments[0]) :
        // A delegate type of System.Threading (ThreadStart, WaitCallback) is only as safe as what its target holds.
        type is { TypeKind: TypeKind.Delegate } ? false :
        type?.ContainingNamespace switch
        {
            { Name: "Concurrent" } ns => IsSystemChild(ns.ContainingNamespace, "Collections"),
            { Name: "Channels" } ns => IsSystemChild(ns.ContainingNamespace, "Threading"),
            { Name: "Threading" } ns => IsSystem(ns.ContainingNamespace),
            { Name: "Http" } ns => IsSystemChild(ns.ContainingNamespace, "Net") && type.Name is "HttpClient" or "HttpMessageInvoker",
            _ => false,
        };

    private static bool IsSystem(INamespaceSymbol? ns) => ns is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

    private static bool IsSystemChild(INamespaceSymbol? ns, string name) => ns is not null && ns.Name == name && IsSystem(ns.ContainingNamespace);
}

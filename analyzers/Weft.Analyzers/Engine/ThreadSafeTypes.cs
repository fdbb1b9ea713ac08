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
    public static bool Contains(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Lazy", Arity: 1, ContainingNamespace.Name: "System" } lazy ? Contains(lazy.TypeArguments[0]) :
        // A delegate type of System.Threading (ThreadStart, WaitCallback) is only as safe as what its target holds.
        type is { TypeKind: TypeKind.Delegate } ? false :
        type?.ContainingNamespace?.ToDisplayString() switch
        {
            "System.Collections.Concurrent" or "System.Threading" or "System.Threading.Channels" => true,
            "System.Net.Http" => type.Name is "HttpClient" or "HttpMessageInvoker",
            _ => false,
        };
}

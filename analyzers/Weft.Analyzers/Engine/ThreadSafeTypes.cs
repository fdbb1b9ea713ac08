using Microsoft.CodeAnalysis;

namespace Weft.Analyzers.Engine;

/// <summary>
/// Library types made to be used from any thread at once: the concurrent collections, the synchronization and
/// channel types, and <c>HttpClient</c> (its send methods are documented thread-safe). Holding one is no worker state
/// and changing one from several threads is no race.
/// </summary>
internal static class ThreadSafeTypes
{
    public static bool Contains(ITypeSymbol? type) =>
        type?.ContainingNamespace?.ToDisplayString() switch
        {
            "System.Collections.Concurrent" or "System.Threading" or "System.Threading.Channels" => true,
            "System.Net.Http" => type.Name is "HttpClient" or "HttpMessageInvoker",
            _ => false,
        };
}

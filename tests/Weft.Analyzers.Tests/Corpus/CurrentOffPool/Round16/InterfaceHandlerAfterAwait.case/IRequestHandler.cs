// Three files: request handlers behind an interface (here, with the router that dispatches to them), a session
// handler implementing it (SessionHandler.cs) and the snapshot it reads (SessionPolicy.cs). The handler loads the
// session with ConfigureAwait(false) and then reads the snapshot's Current, off the worker (WEFT0005 at the read).
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Corpus.CurrentOffPool.R16.InterfaceHandlerAfterAwait;

public interface IRequestHandler
{
    ValueTask<int> HandleAsync(string path, IReadOnlyDictionary<string, string> headers);
}

public sealed class Router(IReadOnlyDictionary<string, IRequestHandler> routes)
{
    public ValueTask<int> DispatchAsync(string path, IReadOnlyDictionary<string, string> headers) =>
        routes.TryGetValue(path, out var handler) ? handler.HandleAsync(path, headers) : ValueTask.FromResult(404);
}

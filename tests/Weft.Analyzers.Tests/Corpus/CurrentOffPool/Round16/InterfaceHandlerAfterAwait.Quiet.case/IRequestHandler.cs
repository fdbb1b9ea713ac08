// Three files: request handlers behind an interface, a session handler implementing it and the snapshot it reads.
// The handler awaits the session load with a plain await, which resumes on the worker, and reads Current there (quiet
// twin of InterfaceHandlerAfterAwait).
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

// WEFT0004 across files: Ticker (this file) raises its Tick event from a Task.Run; Subscriber.cs adds a handler over a
// worker's queue. The page: "adding a handler over worker state to an event that its type raises on another thread is
// reported where the handler is added".
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.ThreadContext.R9.EventRaisedElsewhere;

public sealed class Ticker
{
    public event Action<long>? Tick;

    public Task RunAsync(CancellationToken cancellationToken) => Task.Run(async () =>
    {
        long n = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(1000, cancellationToken);
            Tick?.Invoke(++n);
        }
    }, cancellationToken);
}

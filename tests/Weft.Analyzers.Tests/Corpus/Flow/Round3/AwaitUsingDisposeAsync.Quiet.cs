// Round 3. The session is published without `await using`: its lifetime is the slot's.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;
using Weft;

namespace Corpus.Flow.Round3.AwaitUsingDisposeAsync;

public sealed class Session : IAsyncDisposable
{
    private readonly Dictionary<string, string> _headers = new();

    public ValueTask DisposeAsync()
    {
        _headers.Clear();
        return ValueTask.CompletedTask;
    }
}

public static class Sessions
{
    public static async Task ShareAsync(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Session>();
        var session = new Session();
        await slot.PublishAsync(session);
    }
}

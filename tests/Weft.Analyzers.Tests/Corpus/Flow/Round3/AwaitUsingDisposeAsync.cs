// Round 3. An `await using` declaration disposes the published session at the end of the method, after publishing: DisposeAsync clears what workers read. Reading taken: as for `using`, the implicit call is a write to the published object.
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
        await using var session = new Session(); // expect: WEFT0002 #escape
        await slot.PublishAsync(session); // expect: WEFT0002 #escape
    } // expect: WEFT0002 #escape
}

// A `static` lambda cannot capture, so the worker's session goes in as Task.Factory.StartNew's state argument: it
// runs on the pool with the worker's state all the same.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.StaticLambdaStartNewState;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Session
{
    public List<string> Recent { get; } = new();
}

public static class Trim
{
    public static Task Later()
    {
        var session = Session.Current;
        return Task.Factory.StartNew(static state => ((Session)state!).Recent.Clear(), session); // expect: WEFT0004
    }
}

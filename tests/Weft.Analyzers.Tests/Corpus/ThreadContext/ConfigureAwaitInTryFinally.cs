// The finally block runs after the ConfigureAwait(false) await in the try: off the worker.
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.TryFinally;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class InFlight
{
    public HashSet<string> Paths { get; } = new();
}

public static class Uploader
{
    public static async Task UploadAsync(Stream destination, byte[] body, string path)
    {
        var inFlight = InFlight.Current;
        inFlight.Paths.Add(path);
        try
        {
            await destination.WriteAsync(body).ConfigureAwait(false);
        }
        finally
        {
            inFlight.Paths.Remove(path); // expect: WEFT0004
        }
    }
}

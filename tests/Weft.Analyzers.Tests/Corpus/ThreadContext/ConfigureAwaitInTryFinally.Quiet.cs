// With a plain await the finally block runs back on the worker.
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
            await destination.WriteAsync(body);
        }
        finally
        {
            inFlight.Paths.Remove(path);
        }
    }
}

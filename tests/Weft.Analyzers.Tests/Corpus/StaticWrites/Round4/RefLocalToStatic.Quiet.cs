// Quiet twin of RefLocalToStatic: Interlocked.Add on the static field (the page's Right form).
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Round4.RefLocalToStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UploadTracker
{
    static long s_bytesAccepted;
    readonly Dictionary<string, long> _perClient = new();

    public static long BytesAccepted => Interlocked.Read(ref s_bytesAccepted);

    [WorkerUpdate]
    void Accept(string client, long bytes)
    {
        _perClient[client] = _perClient.GetValueOrDefault(client) + bytes;
        Interlocked.Add(ref s_bytesAccepted, bytes);
    }
}

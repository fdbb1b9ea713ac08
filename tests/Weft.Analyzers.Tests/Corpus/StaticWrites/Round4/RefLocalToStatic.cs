// WEFT0006: a [WorkerUpdate] method adds to a static total through a `ref` local aliasing the static field; the
// compound assignment is the same non-atomic read-modify-write as `s_bytes += n`. Reading taken: the page lists the
// forms on the static field itself; a ref local is that field (issue 10: "`ref` locals" are aliases the engine follows).
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.RefLocalToStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UploadTracker
{
    static long s_bytesAccepted;
    readonly Dictionary<string, long> _perClient = new();

    public static long BytesAccepted => s_bytesAccepted;

    [WorkerUpdate]
    void Accept(string client, long bytes)
    {
        _perClient[client] = _perClient.GetValueOrDefault(client) + bytes;
        ref long total = ref s_bytesAccepted;
        total += bytes; // expect: WEFT0006
    }
}

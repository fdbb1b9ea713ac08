// Quiet twin of StaticTupleDeconstruction: the same tuple deconstruction into the worker's own instance fields.
using Weft;

namespace Corpus.Round4.StaticTupleDeconstruction;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RequestCounter
{
    long _requests;
    long _bytes;

    [WorkerUpdate]
    void Count(long bytes)
    {
        (_requests, _bytes) = (_requests + 1, _bytes + bytes);
    }
}

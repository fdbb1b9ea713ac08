// Round 2. The factory clones the template: Clone returns a new Scratch on every call.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PerWorkerCallbacks.Round2.SetField;

public sealed class Scratch
{
    public List<byte[]> Buffers { get; } = new();

    public Scratch Clone() => new();
}

public sealed class ScratchService(Slot<Scratch> slot)
{
    private readonly Scratch _template = new();

    public Task StartAsync() => slot.SetAsync(_ => _template.Clone());
}

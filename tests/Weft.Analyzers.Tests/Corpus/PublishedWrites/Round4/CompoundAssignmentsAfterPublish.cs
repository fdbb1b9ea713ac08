// Compound assignments on a published settings object: `??=`, `+=`, `*=` inside `checked`, `-=` inside `unchecked`.
// Each changes the object after it was published (WEFT0002: "a write is any change: an assignment ..."); `??=` is a
// write on the path where the member was null, so it may change the published object and is reported.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.CompoundAssignmentsAfterPublish;

public sealed class ListenerSettings
{
    public string? Name { get; set; }
    public int Backlog { get; set; }
    public long MaxBytes;
    public List<string>? Tags { get; set; }
}

public sealed class ListenerConfigurator
{
    private readonly Slot<ListenerSettings> _slot;

    public ListenerConfigurator(WorkerPool pool) => _slot = pool.AllocateSlot<ListenerSettings>();

    public void Apply(ListenerSettings settings, int extraBacklog)
    {
        _slot.Publish(settings);
        settings.Name ??= "default"; // expect: WEFT0002
        settings.Backlog += extraBacklog; // expect: WEFT0002
        checked { settings.MaxBytes *= 2; } // expect: WEFT0002
        unchecked { settings.MaxBytes -= 1; } // expect: WEFT0002
        settings.Tags ??= new List<string>(); // expect: WEFT0002
    }
}

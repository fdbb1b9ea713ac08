// Quiet twin of CompoundAssignmentsAfterPublish: the same compound assignments run on the object before it is
// published, and the later adjustment builds a new object (its own compound writes come before its own publish).
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.CompoundAssignmentsAfterPublishQuiet;

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
        settings.Name ??= "default";
        settings.Backlog += extraBacklog;
        checked { settings.MaxBytes *= 2; }
        unchecked { settings.MaxBytes -= 1; }
        settings.Tags ??= new List<string>();
        _slot.Publish(settings);

        var widened = new ListenerSettings { Name = settings.Name, Backlog = settings.Backlog, Tags = new List<string>(settings.Tags) };
        widened.Backlog += extraBacklog;
        checked { widened.MaxBytes += settings.MaxBytes; }
        _slot.Publish(widened);
    }
}

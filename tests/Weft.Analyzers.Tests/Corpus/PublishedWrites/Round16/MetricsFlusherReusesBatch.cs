// A metrics flusher: samples are appended to a batch field and the batch is published to the workers' exporters on
// every flush. Flush never starts a new batch, so the next Record appends to the list the workers are reading
// (published fields: WEFT0002 at the write, in another method than the publish).
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R16.MetricsFlusherReusesBatch;

public readonly record struct Sample(string Name, double Value);

public sealed class MetricsFlusher(Slot<List<Sample>> exported)
{
    private List<Sample> _batch = new();
    private int _flushes;

    public void Record(string name, double value)
    {
        if (double.IsFinite(value))
            _batch.Add(new Sample(name, value)); // expect: WEFT0002
    }

    public void Flush()
    {
        if (_batch.Count == 0)
            return;
        exported.Publish(_batch);
        _flushes++;
    }

    public int Flushes => _flushes;
}

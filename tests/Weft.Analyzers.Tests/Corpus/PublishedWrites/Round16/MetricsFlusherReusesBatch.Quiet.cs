// A metrics flusher: samples are appended to a batch field and the batch is published on every flush; Flush starts
// a new batch right after the publish, so Record never touches a published list (quiet twin of
// MetricsFlusherReusesBatch).
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
            _batch.Add(new Sample(name, value));
    }

    public void Flush()
    {
        if (_batch.Count == 0)
            return;
        exported.Publish(_batch);
        _batch = new List<Sample>();
        _flushes++;
    }

    public int Flushes => _flushes;
}

// A fluent API whose methods write and return this, chained on a copy of the published
// object, which is then published in its place. Reported at the chained call (the setter-like call of my own method).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.PublishedWrites.Round10.FluentReturnsThisQuiet;

public sealed class Pipeline
{
    private readonly List<string> _steps = new();

    public Pipeline Then(string step)
    {
        _steps.Add(step);
        return this;
    }

    public Pipeline Copy()
    {
        var copy = new Pipeline();
        foreach (string step in _steps)
        {
            copy.Then(step);
        }

        return copy;
    }
}

public static class PipelineSetup
{
    public static void Extend(Slot<Pipeline> slot)
    {
        var pipeline = new Pipeline().Then("decode").Then("route");
        slot.Publish(pipeline);
        slot.Publish(pipeline.Copy().Then("compress").Then("encode"));
    }
}

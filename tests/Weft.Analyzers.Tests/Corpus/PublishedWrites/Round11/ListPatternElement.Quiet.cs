// Quiet twin: the list pattern and the tag are applied while the config is still being built, before the publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.ListPatternElementQuiet;

public sealed class Backend
{
    public List<string> Tags { get; } = new();
}

public sealed class Config
{
    public List<Backend> Backends { get; } = new();
}

public static class Loader
{
    public static void Load(Slot<Config> slot)
    {
        var config = new Config();
        config.Backends.Add(new Backend());
        config.Backends.Add(new Backend());
        if (config is { Backends: [var first, ..] })
        {
            first.Tags.Add("primary");
        }

        slot.Publish(config);
    }
}

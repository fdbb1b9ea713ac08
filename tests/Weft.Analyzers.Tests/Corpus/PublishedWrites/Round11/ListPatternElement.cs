// A list pattern binds the first backend of a published config; writing its tags writes published data.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.ListPatternElement;

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
        slot.Publish(config);
        if (config is { Backends: [var first, ..] })
        {
            first.Tags.Add("primary"); // expect: WEFT0002
        }
    }
}

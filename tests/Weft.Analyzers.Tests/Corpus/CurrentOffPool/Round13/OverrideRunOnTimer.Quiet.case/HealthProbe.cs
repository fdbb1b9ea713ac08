using System;
using Weft;

namespace Corpus.CurrentOffPool.OverrideRunOnTimerQuiet;

[ThreadLocalSlot]
public sealed partial class ProbeSettings
{
    public string Path { get; init; } = "/health";
}

public sealed class HealthProbe : Probe
{
    protected override void Run() => Console.WriteLine(ProbeSettings.Current.Path);
}

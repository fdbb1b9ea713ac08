// A project of several files: a pipeline stage is called through its abstract base; the only override in the
// compilation (this file) removes entries from the list it is given. Reading taken: a call through an abstract method
// is judged by the overrides the compilation holds ("a call of your method that writes it"), reported at the call in
// the other file.
using System.Collections.Generic;

namespace Corpus.PublishedWrites.OverrideWritesAfterPublishQuiet;

public abstract class Stage
{
    public abstract void Apply(List<string> hosts);
}

public sealed class DrainStage : Stage
{
    private readonly string _draining;

    public DrainStage(string draining) => _draining = draining;

    public override void Apply(List<string> hosts) => hosts.Remove(_draining);
}

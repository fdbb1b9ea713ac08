namespace Corpus.R11.PartialFeedQuiet;

public sealed partial class Feed
{
    public void Flush() => Target.Publish(Items);
}

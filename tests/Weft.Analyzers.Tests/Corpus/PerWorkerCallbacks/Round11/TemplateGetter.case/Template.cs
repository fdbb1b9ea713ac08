// A project of two files: a template class (primary constructor) whose Get() returns the one instance it keeps; the
// other file's per-worker factory returns template.Get() for every worker. Reading taken: reported at the factory's
// return in the caller's file (the lambda is there; Get is no delegate handed over).
namespace Corpus.R11.TemplateGetter;

public sealed class Template(Limiter limiter)
{
    public Limiter Get() => limiter;
}

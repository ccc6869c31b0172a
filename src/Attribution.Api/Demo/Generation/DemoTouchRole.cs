namespace Attribution.Api.Demo.Generation;

/// <summary>A touch's place in its journey: openers favour prospecting channels, closers favour intent channels.</summary>
internal enum DemoTouchRole
{
    Middle,
    Opener,
    Closer,
}

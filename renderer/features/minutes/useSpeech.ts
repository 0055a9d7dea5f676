import { useCallback, useEffect, useState } from 'react';

export type Speech =
  | { available: false }
  | { available: true; speaking: boolean; speak(text: string): void; stop(): void };

function synthesis(): SpeechSynthesis | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return null;
  return window.speechSynthesis;
}

/**
 * Reads text aloud with the computer's own speech (nothing leaves the computer). Where the system
 * has no speech, `available` is false so the screen can say so instead of showing a button that
 * does nothing.
 */
export function useSpeech(): Speech {
  const [speaking, setSpeaking] = useState(false);
  const engine = synthesis();

  // Stop reading when the screen closes.
  useEffect(() => () => synthesis()?.cancel(), []);

  const stop = useCallback(() => {
    synthesis()?.cancel();
    setSpeaking(false);
  }, []);

  const speak = useCallback((text: string) => {
    const s = synthesis();
    if (!s) return;
    s.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'en-GB';
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    s.speak(utterance);
  }, []);

  if (!engine) return { available: false };
  return { available: true, speaking, speak, stop };
}

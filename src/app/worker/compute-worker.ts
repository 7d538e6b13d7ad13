/// <reference lib="webworker" />
import type { Scenario } from '../../engine';
import { runJob, type ComputeReply, type ComputeRequest } from './compute-protocol';
import { applyChanges } from './scenario-mirror';

/** Heavy work off the page's thread: encoding and opening links of thousands of VMs. */
let scenario: Scenario | null = null;

self.onmessage = async (event: MessageEvent<ComputeRequest>) => {
  const request = event.data;
  let reply: ComputeReply;
  try {
    if (request.type === 'sync') {
      scenario = applyChanges(scenario, request.changes);
      return;
    }
    reply = { id: request.id, ok: true, value: await runJob(scenario, request) };
  } catch (error) {
    reply = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
